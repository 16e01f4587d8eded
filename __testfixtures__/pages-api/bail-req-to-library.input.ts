// RS202
import type { NextApiRequest, NextApiResponse } from 'next';
import { rateLimit } from '@/lib/rate-limit';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const allowed = await rateLimit(req);
  if (!allowed) {
    return res.status(429).json({ error: 'Too many requests' });
  }
  res.status(200).json({ ok: true });
}
