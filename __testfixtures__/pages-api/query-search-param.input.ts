import type { NextApiRequest, NextApiResponse } from 'next';
import { searchArticles } from '@/lib/search';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const q = req.query.q as string;
    const page = Number(req.query.page ?? 1);
    if (!q) {
      return res.status(400).json({ error: 'Missing query parameter "q"' });
    }
    const results = await searchArticles(q, { page, perPage: 20 });
    return res.status(200).json(results);
  }
}
