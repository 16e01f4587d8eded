import { withSentry } from '@sentry/nextjs';
import type { NextApiRequest, NextApiResponse } from 'next';

import { redis } from '~/lib/db';

const handler = async (req: NextApiRequest, res: NextApiResponse) => {
  const apiKey = req.headers['x-api-key'];
  if (typeof apiKey !== 'string') {
    return res.status(401).json({ error: 'Missing x-api-key header' });
  }

  const month = (req.query.month as string) || new Date().toISOString().slice(0, 7);
  const [requests, errors] = await Promise.all([
    redis.get<number>(`usage:${apiKey}:${month}:requests`),
    redis.get<number>(`usage:${apiKey}:${month}:errors`),
  ]);

  res.status(200).json({
    month,
    requests: requests ?? 0,
    errors: errors ?? 0,
    errorRate: requests ? (errors ?? 0) / requests : 0,
  });
};

export default withSentry(handler);
