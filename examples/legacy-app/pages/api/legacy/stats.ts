import type { NextApiRequest, NextApiResponse } from 'next';
import { fetchStats } from '@/lib/db';

// Written before async/await was common here: the answer is sent from a callback.
export default function stats(req: NextApiRequest, res: NextApiResponse) {
  fetchStats()
    .then((stats) => {
      res.status(200).json(stats);
    })
    .catch(() => {
      res.status(500).json({ error: 'stats unavailable' });
    });
}
