import { NextRequest } from 'next/server';
import { prisma } from '@/lib/prisma';

export async function DELETE(
  _request: NextRequest,
  { params }: { params: Promise<{ orgId: string; memberId: string }> }
) {
  const orgId = (await params).orgId as string;
  const memberId = (await params).memberId as string;
  await prisma.membership.delete({
    where: { orgId_userId: { orgId, userId: memberId } },
  });
  return new Response(null, { status: 204 });
}
