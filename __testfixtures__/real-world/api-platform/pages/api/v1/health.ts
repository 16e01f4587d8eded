import type { NextApiRequest, NextApiResponse } from 'next';

import { withLogging } from '~/lib/api/with-logging';
import { redis } from '~/lib/db';

const startedAt = new Date();

async function health(req: NextApiRequest, res: NextApiResponse) {
  const checks: Record<string, 'ok' | 'fail'> = {};
  try {
    await redis.ping();
    checks.redis = 'ok';
  } catch {
    checks.redis = 'fail';
  }

  const healthy = Object.values(checks).every((c) => c === 'ok');
  res.status(healthy ? 200 : 503).json({ healthy, checks, startedAt, region: process.env.VERCEL_REGION ?? 'local' });
}

export default withLogging(health);
