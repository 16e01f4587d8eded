import type { NextApiRequest, NextApiResponse } from 'next';
import { getPage } from '@/lib/cms';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const page = await getPage(req.query.slug as string, { preview: req.query.preview === 'true' });
    if (page.isDraft) {
      res.setHeader('Cache-Control', 'private, no-store');
    } else {
      res.setHeader('Cache-Control', 'public, s-maxage=3600');
    }
    return res.status(200).json(page);
  }
}
