import { NextRequest } from 'next/server';
import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth';

import { legacyQuery } from '../../../_lib/legacy-api';

async function auth(request: NextRequest, context: any) {
  const query = legacyQuery(request, await context?.params);
  // remember where sign-in started, for the redirect callback
  const from = query.from;
  return await NextAuth(request, context, {
    ...authOptions,
    callbacks: { redirect: ({ baseUrl }) => (typeof from === 'string' ? `${baseUrl}${from}` : baseUrl) },
  });
}

export { auth as GET, auth as POST, auth as PUT, auth as PATCH, auth as DELETE };
