import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '@/lib/prisma';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'POST') {
    if (!req.body.title) {
      return res.status(400).json({ error: 'A title is required' });
    }
    const post = await prisma.post.create({ data: req.body });
    return res.status(201).json(post);
  }
}
