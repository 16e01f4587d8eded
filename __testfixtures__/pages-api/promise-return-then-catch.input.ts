import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '../../../lib/prisma';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  return prisma.post
    .findUnique({ where: { slug: String(req.query.slug) } })
    .then((post) => {
      if (!post) return res.status(404).json({ error: 'Not found' });
      return res.status(200).json(post);
    })
    .catch((error: Error) => res.status(500).json({ error: error.message }));
}
