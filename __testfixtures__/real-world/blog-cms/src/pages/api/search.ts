import type { NextApiRequest, NextApiResponse } from 'next';
import { searchPosts } from '@/lib/posts';

export default async function search(req: NextApiRequest, res: NextApiResponse) {
  const { q = '', limit = '10', tag } = req.query;
  const term = Array.isArray(q) ? q[0] : q;

  if (term.trim().length < 2) {
    return res.status(200).json({ results: [] });
  }

  const max = Math.min(Number(limit) || 10, 50);
  let results = await searchPosts(term.trim(), max);
  if (typeof tag === 'string') {
    results = results.filter((post) => post.tags?.includes(tag));
  }

  res.setHeader('Cache-Control', 'public, s-maxage=120, stale-while-revalidate=86400');
  res.status(200).json({ query: term, results });
}
