import { NextResponse } from 'next/server';
import { getUnreadCount } from '@/lib/notifications';

export async function GET() {
  const unread = await getUnreadCount();
  return NextResponse.json({ unread });
}
