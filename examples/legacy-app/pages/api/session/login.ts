import type { NextApiRequest, NextApiResponse } from 'next';
import { findUserByCredentials } from '@/lib/db';

export default function login(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).json({ error: 'Use POST' });

  const { email, password, remember } = req.body ?? {};
  const user = findUserByCredentials(String(email), String(password));
  if (!user) {
    return res.status(401).json({ error: 'Invalid credentials' });
  }
  if (remember) {
    res.setHeader('Cache-Control', 'private, no-store');
  }
  res.setHeader('Set-Cookie', [
    `session=${user.id}; Path=/; HttpOnly; SameSite=Lax`,
    `theme=light; Path=/; Max-Age=31536000`,
  ]);
  res.status(200).json({ ok: true, user: { id: user.id, name: user.name } });
}
