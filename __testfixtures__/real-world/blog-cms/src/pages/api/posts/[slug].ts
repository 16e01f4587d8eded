import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';

import { authOptions } from '@/lib/auth-options';
import { client, getPostBySlug } from '@/lib/sanity';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const slug = req.query.slug as string;
  const post = await getPostBySlug(slug);
  if (!post) {
    return res.status(404).json({ error: 'Post not found' });
  }

  switch (req.method) {
    case 'GET':
      res.setHeader('Cache-Control', 'public, s-maxage=300');
      return res.status(200).json(post);

    case 'PUT': {
      const session = await getServerSession(req, res, authOptions);
      if (!session) return res.status(401).json({ error: 'Unauthorized' });
      const { title, excerpt } = req.body;
      const updated = await client.patch(post._id).set({ title, excerpt }).commit();
      return res.status(200).json(updated);
    }

    case 'DELETE': {
      const session = await getServerSession(req, res, authOptions);
      if (!session) return res.status(401).json({ error: 'Unauthorized' });
      await client.delete(post._id);
      return res.status(204).end();
    }

    default:
      res.setHeader('Allow', ['GET', 'PUT', 'DELETE']);
      return res.status(405).json({ error: `Method ${req.method} not allowed` });
  }
}
