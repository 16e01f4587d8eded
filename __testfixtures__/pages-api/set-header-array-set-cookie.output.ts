import { NextResponse } from 'next/server';
import { serialize } from 'cookie';

import { setLegacyHeader } from '../../../_lib/legacy-api';

export function POST() {
  const responseHeaders = new Headers();
  setLegacyHeader(responseHeaders, 'Set-Cookie', [
    serialize('access_token', '', { path: '/', httpOnly: true, maxAge: 0 }),
    serialize('refresh_token', '', { path: '/api/auth', httpOnly: true, maxAge: 0 }),
  ]);
  return NextResponse.json({ loggedOut: true }, { status: 200, headers: responseHeaders });
}
