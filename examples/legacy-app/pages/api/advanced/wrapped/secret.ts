import type { NextApiRequest, NextApiResponse } from 'next';
import { withAuth } from '@/lib/api/with-auth';
import { storeStats } from '@/lib/db';

// Back-office numbers: the service key or an admin session.
async function handler(req: NextApiRequest, res: NextApiResponse) {
  res.status(200).json({ stats: storeStats(), scope: 'admin' });
}

export default withAuth(handler);
