import { expressSend, expressType } from '../../_lib/express-api';

// Uptime probes use whatever method their vendor picked.
export function POST(request) {
  const responseHeaders = new Headers();
  expressType(responseHeaders, 'text');
  return expressSend(`pong ${request.method}`, { headers: responseHeaders });
}
