import type { NextApiRequest, NextApiResponse } from 'next';
import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth-options';

// Advanced initialization: we need the request to decide where to send authors after sign-in.
export default async function auth(req: NextApiRequest, res: NextApiResponse) {
  const isStudio = req.query.callbackUrl?.toString().includes('/studio');

  return await NextAuth(req, res, {
    ...authOptions,
    callbacks: {
      async redirect({ url, baseUrl }) {
        if (isStudio) return `${baseUrl}/studio`;
        return url.startsWith(baseUrl) ? url : baseUrl;
      },
      async signIn({ user }) {
        const allowed = (process.env.AUTHOR_EMAILS ?? '').split(',');
        return !!user.email && allowed.includes(user.email);
      },
    },
  });
}
