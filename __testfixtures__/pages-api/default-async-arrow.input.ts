import type { NextApiRequest, NextApiResponse } from 'next';
import { getFeatureFlags } from '@/lib/flags';

export default async (req: NextApiRequest, res: NextApiResponse) => {
  if (req.method === 'GET') {
    const flags = await getFeatureFlags();
    res.status(200).json({ flags });
  }
};
