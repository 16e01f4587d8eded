import type { NextApiRequest, NextApiResponse } from 'next';
import { db } from '@/lib/db';

const handler = async (req: NextApiRequest, res: NextApiResponse) => {
  if (req.method === 'GET') {
    const categories = await db.category.findMany({ orderBy: { name: 'asc' } });
    return res.status(200).json({ categories });
  }
};

export default handler;
