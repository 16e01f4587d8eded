import { expressSend, setExpressHeader } from '../../_lib/express-api';

const SECURITY = { 'X-Frame-Options': 'DENY', 'X-Content-Type-Options': 'nosniff' };

export function GET() {
  const responseHeaders = new Headers();
  Object.entries(SECURITY).forEach(([name, value]) => setExpressHeader(responseHeaders, name, value));
  setExpressHeader(responseHeaders, 'X-Version', 3);
  setExpressHeader(responseHeaders, 'Content-Type', 'text/plain');
  responseHeaders.set('X-Powered-By', 'routeshift');
  responseHeaders.append('X-Tags', 'a');
  responseHeaders.append('X-Tags', 'b');
  responseHeaders.append('X-Count', String(2));
  setExpressHeader(responseHeaders, 'Content-Type', 'text/csv');
  return expressSend('a,b\n1,2\n', { headers: responseHeaders });
}
