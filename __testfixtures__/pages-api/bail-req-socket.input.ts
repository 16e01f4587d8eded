// RS201
import type { NextApiRequest, NextApiResponse } from 'next';
import { rateLimit } from '@/lib/rate-limit';
import { saveFeedback } from '@/lib/feedback';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    return res.status(405).json({ error: 'Method not allowed' });
  }

  const ip = (req.headers['x-forwarded-for'] as string | undefined)?.split(',')[0] ?? req.socket.remoteAddress;
  const { success } = await rateLimit.limit(ip ?? 'anonymous');
  if (!success) {
    return res.status(429).json({ error: 'Too many requests' });
  }

  await saveFeedback(req.body);
  return res.status(201).json({ ok: true });
}
