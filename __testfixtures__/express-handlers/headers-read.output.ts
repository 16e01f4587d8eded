import { NextRequest } from 'next/server';
import { expressJson } from '../../_lib/express-api';

export function GET(request: NextRequest) {
  const name = 'x-trace';

  return expressJson({
    userAgent: request.headers.get('user-agent') || null,
    accept: request.headers.get('accept') || null,
    referer: (request.headers.get('referrer') || request.headers.get('referer')) ?? undefined,
    requestId: request.headers.get('x-request-id') || null,
    trace: request.headers.get(name) ?? undefined,
    json: request.headers.get('content-type') === 'application/json',
    all: Object.fromEntries(request.headers),
  });
}
