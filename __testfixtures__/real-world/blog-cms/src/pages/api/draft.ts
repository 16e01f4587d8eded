import type { NextApiRequest, NextApiResponse } from 'next';
import { getPostBySlug } from '@/lib/sanity';

export default async function draft(req: NextApiRequest, res: NextApiResponse) {
  if (req.query.secret !== process.env.SANITY_PREVIEW_SECRET || typeof req.query.slug !== 'string') {
    return res.status(401).json({ message: 'Invalid token' });
  }

  const post = await getPostBySlug(req.query.slug);
  if (!post) {
    return res.status(404).json({ message: 'Unknown slug' });
  }

  // Turn on Draft Mode (Next.js 13.4+) so getStaticProps fetches drafts
  res.setDraftMode({ enable: true });

  res.setHeader('Cache-Control', 'no-store');
  res.redirect(307, `/blog/${post.slug}`);
}
