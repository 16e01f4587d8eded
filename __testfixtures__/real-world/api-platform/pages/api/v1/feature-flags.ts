import type { NextApiHandler } from 'next';
import { getToken } from 'next-auth/jwt';

import { redis } from '~/lib/db';

type Flags = Record<string, boolean | string>;

const DEFAULT_FLAGS: Flags = { newBilling: false, betaEditor: false, theme: 'system' };

const featureFlags: NextApiHandler<Flags | { error: string }> = async (req, res) => {
  if (req.method !== 'GET') {
    res.setHeader('Allow', ['GET']);
    return res.status(405).json({ error: 'Method not allowed' });
  }

  const token = await getToken({ req });
  const overrides = token?.sub ? await redis.hgetall<Flags>(`flags:user:${token.sub}`) : null;
  const global = await redis.hgetall<Flags>('flags:global');

  res.setHeader('Vary', 'Cookie');
  res.status(200).json({ ...DEFAULT_FLAGS, ...global, ...overrides });
};

export default featureFlags;
