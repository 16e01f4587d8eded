import { NextRequest, NextResponse } from 'next/server';
import { getSession } from 'next-auth/react';
import { getToken } from 'next-auth/jwt';

import { legacyBody } from '../../_lib/legacy-api';

async function handler(request: NextRequest) {
  const body = await legacyBody(request);
  if (body instanceof Response) return body;

  const session = await getSession({ req: {
    headers: { cookie: request.headers.get('cookie') ?? '' },
    body: body
  } });
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (!session || !token) return NextResponse.json({ error: 'Sign in first' }, { status: 401 });
  return NextResponse.json({ email: session.user?.email, sub: token.sub });
}

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
