import type { NextApiRequest, NextApiResponse } from 'next';
import { getDocBySlug } from '@/lib/docs';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const { slug } = req.query;
    const path = (slug as string[]).join('/');
    const doc = await getDocBySlug(path);
    if (!doc) {
      return res.status(404).json({ error: `No doc at ${path}` });
    }
    return res.status(200).json(doc);
  }
}
