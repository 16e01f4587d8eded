import { clearExpressCookie, expressRedirect } from '../../../_lib/express-api';

export function POST(request) {
  const responseHeaders = new Headers();
  clearExpressCookie(responseHeaders, 'sid', { httpOnly: true, sameSite: 'lax' });
  clearExpressCookie(responseHeaders, 'theme');
  return expressRedirect(request, '/api', 302, responseHeaders);
}
