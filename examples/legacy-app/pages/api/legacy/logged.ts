import type { NextApiRequest, NextApiResponse } from 'next';
import { listPosts } from '@/lib/db';
import { withLogging } from '@/lib/with-logging';

function handler(req: NextApiRequest, res: NextApiResponse) {
  res.status(200).json({ posts: listPosts().map((post) => post.slug) });
}

export default withLogging(handler, 'legacy/logged');
