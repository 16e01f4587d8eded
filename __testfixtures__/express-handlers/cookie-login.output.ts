import { NextRequest } from 'next/server';
import store from '../../../../data/store';

import { expressBody, expressCookie, expressJson, expressRedirect } from '../../../_lib/express-api';

const TWO_HOURS_MS = 2 * 60 * 60 * 1000;

// JSON from the SPA, urlencoded from the plain HTML form (which also sends `next`).
export async function POST(request: NextRequest) {
  const body = await expressBody(request);
  if (body instanceof Error) throw body;

  const responseHeaders = new Headers();
  const { email, password, theme, next } = body;
  const user = store.users.find((u) => u.email === email);
  if (!user || store.passwords[email] !== password) {
    return expressJson(
      { error: 'Invalid email or password' },
      { status: 401, headers: responseHeaders }
    );
  }
  expressCookie(responseHeaders, 'sid', `s_${user.id}`, { maxAge: TWO_HOURS_MS, httpOnly: true, path: '/', sameSite: 'lax' });
  expressCookie(responseHeaders, 'theme', theme === 'dark' ? 'dark' : 'light');
  if (typeof next === 'string' && next.startsWith('/')) {
    return expressRedirect(request, next, 303, responseHeaders);
  }

  return expressJson(
    { signedIn: true, user: { id: user.id, name: user.name } },
    { headers: responseHeaders }
  );
}
