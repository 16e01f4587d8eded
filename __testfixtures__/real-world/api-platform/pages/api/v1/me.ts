import type { NextApiRequest, NextApiResponse } from 'next';
import { getToken } from 'next-auth/jwt';

const secret = process.env.NEXTAUTH_SECRET;

export default async function me(req: NextApiRequest, res: NextApiResponse) {
  const token = await getToken({ req, secret });

  if (!token) {
    // Not Signed in
    res.status(401);
    res.end();
    return;
  }

  res.setHeader('Cache-Control', 'private, no-store');
  res.status(200).json({
    id: token.sub,
    email: token.email,
    name: token.name,
    expiresAt: token.exp ? new Date(Number(token.exp) * 1000).toISOString() : null,
  });
}
