import type { NextApiRequest, NextApiResponse } from 'next';
import { listPosts } from '@/lib/db';

export default async (req: NextApiRequest, res: NextApiResponse) => {
  if (req.method === 'GET') {
    const drafts = req.query.drafts === 'true';
    const posts = listPosts(drafts);
    res.setHeader('Cache-Control', 's-maxage=60, stale-while-revalidate=30');
    res.status(200).json({ posts, count: posts.length });
  } else if (req.method === 'POST') {
    const { title, slug } = req.body;
    if (!title || !slug) {
      res.status(422).json({ error: 'title and slug are required' });
      return;
    }
    res.status(201).json({ id: 4, title, slug, published: false });
  } else {
    res.setHeader('Allow', ['GET', 'POST']);
    res.status(405).end(`Method ${req.method} Not Allowed`);
  }
};
