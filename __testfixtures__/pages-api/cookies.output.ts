import { NextRequest, NextResponse } from 'next/server';
import { verifySession } from '@/lib/session';

export async function GET(request: NextRequest) {
  const session = await verifySession(request.cookies.get('session')?.value);
  if (!session) {
    return NextResponse.json({ error: 'Not signed in' }, { status: 401 });
  }
  const theme = request.cookies.get('theme')?.value ?? 'system';
  return NextResponse.json({ userId: session.userId, theme }, { status: 200 });
}
