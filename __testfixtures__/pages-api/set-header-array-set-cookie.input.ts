import type { NextApiRequest, NextApiResponse } from 'next';
import { serialize } from 'cookie';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'POST') {
    res.setHeader('Set-Cookie', [
      serialize('access_token', '', { path: '/', httpOnly: true, maxAge: 0 }),
      serialize('refresh_token', '', { path: '/api/auth', httpOnly: true, maxAge: 0 }),
    ]);
    res.status(200).json({ loggedOut: true });
  }
}
