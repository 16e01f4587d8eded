import { NextRequest } from 'next/server';
import { expressSend, expressType } from '../_lib/express-api';

// app.get('/health'): a route of the app itself, no mount
export function GET(request: NextRequest) {
  const responseHeaders = new Headers();
  expressType(responseHeaders, 'txt');

  return expressSend(
    `ok ${request.nextUrl.pathname} ${request.nextUrl.pathname.concat(request.nextUrl.search)}`,
    { headers: responseHeaders }
  );
}
