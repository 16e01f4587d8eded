import { expressSend } from '../../_lib/express-api';

/**
 * Health of the notes service.
 */
export function GET(request) {
  return expressSend({ ok: true, at: request.headers.get('date') || null }, { status: 200 });
}
