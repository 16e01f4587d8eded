import type { NextApiRequest, NextApiResponse } from 'next';
import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth';

export default async function auth(req: NextApiRequest, res: NextApiResponse) {
  // remember where sign-in started, for the redirect callback
  const from = req.query.from;
  return await NextAuth(req, res, {
    ...authOptions,
    callbacks: { redirect: ({ baseUrl }) => (typeof from === 'string' ? `${baseUrl}${from}` : baseUrl) },
  });
}
