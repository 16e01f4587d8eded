import type { NextApiRequest, NextApiResponse } from 'next';
import { redis } from '@/lib/redis';

export default async function views(req: NextApiRequest, res: NextApiResponse) {
  const slug = req.query.slug?.toString();
  if (!slug) {
    return res.status(400).json({ message: 'Slug is required.' });
  }

  try {
    if (req.method === 'POST') {
      // Don't count the author's own visits in development
      if (process.env.NODE_ENV !== 'production') {
        return res.status(200).json({ total: 0 });
      }
      const total = await redis.incr(['pageviews', 'posts', slug].join(':'));
      return res.status(200).json({ total });
    }

    if (req.method === 'GET') {
      const total = (await redis.get<number>(['pageviews', 'posts', slug].join(':'))) ?? 0;
      return res.status(200).json({ total });
    }
  } catch (e: any) {
    return res.status(500).json({ message: e.message });
  }
}
