import type { NextApiRequest, NextApiResponse } from 'next';
import { findUserByEmail } from '@/lib/db';
import { SESSION_COOKIE, userFromSessionToken } from '@/lib/session';

export default async function profile(req: NextApiRequest, res: NextApiResponse) {
  const user = await userFromSessionToken(req.cookies[SESSION_COOKIE]);
  if (!user) {
    return res.status(401).json({ error: 'Not signed in' });
  }
  const record = findUserByEmail(user.email);
  res.status(200).json({ name: user.name, email: user.email, role: record?.role ?? 'unknown' });
}
