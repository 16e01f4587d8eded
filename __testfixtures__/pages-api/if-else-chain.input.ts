import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '@/lib/prisma';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const tags = await prisma.tag.findMany({ orderBy: { name: 'asc' } });
    res.status(200).json(tags);
  } else if (req.method === 'POST') {
    const tag = await prisma.tag.create({ data: { name: req.body.name } });
    res.status(201).json(tag);
  } else {
    res.status(405).json({ message: 'Method not allowed' });
  }
}
