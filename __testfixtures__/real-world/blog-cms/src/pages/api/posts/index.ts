import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';

import { authOptions } from '@/lib/auth-options';
import { client } from '@/lib/sanity';
import { listPosts, type Post } from '@/lib/posts';

type Data = { posts: Post[]; page: number } | Post | { error: string };

export default async function handler(req: NextApiRequest, res: NextApiResponse<Data>) {
  if (req.method === 'GET') {
    const page = Math.max(1, parseInt((req.query.page as string) ?? '1', 10) || 1);
    const posts = await listPosts(page);
    res.setHeader('Cache-Control', 's-maxage=60, stale-while-revalidate=600');
    res.status(200).json({ posts, page });
  } else if (req.method === 'POST') {
    const session = await getServerSession(req, res, authOptions);
    if (!session) {
      res.status(401).json({ error: 'Sign in to write posts' });
      return;
    }

    const { title, excerpt, body } = req.body;
    if (!title) {
      res.status(400).json({ error: 'Missing title' });
      return;
    }

    const created = await client.create({
      _type: 'post',
      title,
      excerpt,
      body,
      author: session.user?.name,
      publishedAt: new Date().toISOString(),
    });
    res.status(201).json(created as unknown as Post);
  } else {
    res.setHeader('Allow', ['GET', 'POST']);
    res.status(405).end(`Method ${req.method} Not Allowed`);
  }
}
