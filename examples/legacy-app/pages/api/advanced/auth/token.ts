import type { NextApiRequest, NextApiResponse } from 'next';
import { getToken } from 'next-auth/jwt';
import { authOptions } from '../../auth/[...nextauth]';

// Reads the next-auth JWT straight from the cookie (or an `Authorization: Bearer` header).
export default async function whoami(req: NextApiRequest, res: NextApiResponse) {
  const token = await getToken({ req, secret: authOptions.secret });
  if (!token?.email) {
    return res.status(401).json({ error: 'No valid token' });
  }
  res.status(200).json({ email: token.email, name: token.name ?? null });
}
