import type { NextApiRequest, NextApiResponse } from 'next';

import { redis } from '~/lib/db';
import rateLimit from '~/lib/rate-limit';

const limiter = rateLimit({
  interval: 60 * 1000, // 60 seconds
  uniqueTokenPerInterval: 500, // Max 500 users per second
});

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const ip = (req.headers['x-forwarded-for'] as string | undefined)?.split(',')[0] ?? 'anonymous';
  try {
    await limiter.check(res, 10, ip); // 10 requests per minute
  } catch {
    return res.status(429).json({ error: 'Rate limit exceeded' });
  }

  const q = (req.query.q as string | undefined)?.toLowerCase().trim();
  if (!q) return res.status(400).json({ error: 'Missing ?q' });

  const names = await redis.smembers('projects:names');
  res.status(200).json({ results: names.filter((n) => n.toLowerCase().includes(q)).slice(0, 20) });
}
