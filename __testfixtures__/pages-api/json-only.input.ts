import type { NextApiRequest, NextApiResponse } from 'next';
import { getUnreadCount } from '@/lib/notifications';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const unread = await getUnreadCount();
    res.json({ unread });
  }
}
