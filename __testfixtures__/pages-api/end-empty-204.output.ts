import { NextRequest } from 'next/server';
import { prisma } from '@/lib/prisma';

export async function DELETE(
  _request: NextRequest,
  { params }: { params: Promise<{ sessionId: string }> }
) {
  await prisma.session.delete({ where: { id: (await params).sessionId as string } });
  return new Response(null, { status: 204 });
}
