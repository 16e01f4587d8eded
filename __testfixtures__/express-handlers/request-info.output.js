import { expressHostname, expressJson, expressQuery } from '../../../_lib/express-api';

// What the app sees of a request: support asks customers for this.
export function GET(request) {
  const query = expressQuery(request);

  return expressJson({
    method: request.method,
    hostname: expressHostname(request),
    protocol: request.nextUrl.protocol.slice(0, -1),
    secure: request.nextUrl.protocol === 'https:',
    path: request.nextUrl.pathname.slice(10) || '/',
    url: (request.nextUrl.pathname.slice(10) || '/').concat(request.nextUrl.search),
    baseUrl: '/api/debug',
    originalUrl: request.nextUrl.pathname.concat(request.nextUrl.search),
    query: query,
  });
}
