import type { NextApiRequest, NextApiResponse } from 'next';
import { resolveShortLink } from '@/lib/links';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const target = await resolveShortLink(req.query.code as string);
    if (!target) {
      return res.redirect(302, 'https://example.com/not-found');
    }
    res.redirect(301, target.url);
  }
}
