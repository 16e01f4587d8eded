import type { NextApiRequest, NextApiResponse } from 'next';
import { verifySession } from '@/lib/session';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const session = await verifySession(req.cookies.session);
    if (!session) {
      return res.status(401).json({ error: 'Not signed in' });
    }
    const theme = req.cookies['theme'] ?? 'system';
    return res.status(200).json({ userId: session.userId, theme });
  }
}
