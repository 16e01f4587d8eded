import { NextRequest } from 'next/server';

export function GET(request: NextRequest) {
  if (request.method === 'HEAD') return new Response(null, { status: 204 });
  return new Response('plain text');
}
