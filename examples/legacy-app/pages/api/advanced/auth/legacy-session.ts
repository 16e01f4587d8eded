import type { NextApiRequest, NextApiResponse } from 'next';
import { unstable_getServerSession } from 'next-auth/next';
import { authOptions } from '@/pages/api/auth/[...nextauth]';

// Written against next-auth 4.1x, before getServerSession lost its `unstable_` prefix.
export default async function legacySession(req: NextApiRequest, res: NextApiResponse) {
  const session = await unstable_getServerSession(req, res, authOptions);
  if (!session) {
    res.status(401).json({ signedIn: false });
    return;
  }
  res.status(200).json({ signedIn: true, email: session.user?.email ?? null });
}
