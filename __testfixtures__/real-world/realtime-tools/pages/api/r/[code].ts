import type { NextApiRequest, NextApiResponse } from 'next';
import { redis } from '@/lib/redis';

export default async function redirect(req: NextApiRequest, res: NextApiResponse) {
  const { code } = req.query;
  const target = await redis.get(`short:${code}`);

  if (!target) {
    res.status(404).send('Short link not found');
    return;
  }

  // count clicks without blocking the redirect
  redis.incr(`short:${code}:clicks`).catch(() => {});

  res.setHeader('Cache-Control', 'private, max-age=90');
  res.redirect(307, target);
}
