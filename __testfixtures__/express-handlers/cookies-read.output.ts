import { NextRequest } from 'next/server';
import store from '../../../../data/store';

import { expressCookies, expressJson } from '../../../_lib/express-api';

export function GET(request: NextRequest) {
  const { sid, theme } = expressCookies(request);
  const user = sid && store.users.find((u) => `s_${u.id}` === sid);
  if (!user) {
    return expressJson({ signedIn: false }, { status: 401 });
  }

  return expressJson(
    { signedIn: true, name: user.name, theme: theme || 'light', prefs: expressCookies(request).prefs }
  );
}
