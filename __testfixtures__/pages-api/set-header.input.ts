import type { NextApiRequest, NextApiResponse } from 'next';
import { getPopularPosts } from '@/lib/analytics';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const posts = await getPopularPosts({ days: 7 });
    res.setHeader('Cache-Control', 'public, s-maxage=60, stale-while-revalidate=300');
    res.status(200).json(posts);
  }
}
