import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '@/lib/prisma';

// GET /api/posts/by-tag?tag=react&tag=nextjs
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const { tag } = req.query;
    const tags = Array.isArray(tag) ? tag : tag ? [tag] : [];
    const posts = await prisma.post.findMany({
      where: { tags: { some: { name: { in: tags } } } },
    });
    return res.status(200).json(posts);
  }
}
