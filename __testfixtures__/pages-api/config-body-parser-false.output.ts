import { NextRequest } from 'next/server';
import { enqueuePing } from '@/lib/queue';

export async function POST(request: NextRequest) {
  await enqueuePing(request.headers.get('x-delivery-id') ?? undefined);
  return new Response('accepted', { status: 202 });
}
