import type { NextApiRequest, NextApiResponse } from 'next';
import { findLink } from '@/lib/links';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const link = await findLink(req.query.code as string);
    if (!link) {
      res.statusCode = 404;
      return res.json({ message: 'Link not found' });
    }
    res.statusCode = 200;
    res.json({ url: link.url, clicks: link.clicks });
  }
}
