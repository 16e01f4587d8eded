import { NextRequest, NextResponse } from 'next/server';
import { db } from '../../../../lib/db';
import type { PublicUser } from '../../../../types/user';

export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const user = await db.user.findUnique({
    where: { id: (await params).id as string },
    select: { id: true, name: true, image: true },
  });
  if (!user) {
    return NextResponse.json({ error: 'User not found' }, { status: 404 });
  }
  return NextResponse.json(user, { status: 200 });
}
