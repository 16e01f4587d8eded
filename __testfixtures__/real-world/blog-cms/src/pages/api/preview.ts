import type { NextApiRequest, NextApiResponse } from 'next';
import { getPostBySlug, previewSecret } from '@/lib/sanity';

export default async function preview(req: NextApiRequest, res: NextApiResponse) {
  const { secret, slug } = req.query;

  // Check the secret and next parameters
  // This secret should only be known to this API route and the CMS
  if (!previewSecret || secret !== previewSecret || !slug) {
    return res.status(401).json({ message: 'Invalid token' });
  }

  // Fetch the headless CMS to check if the provided `slug` exists
  const post = await getPostBySlug(slug as string);

  // If the slug doesn't exist prevent preview mode from being enabled
  if (!post) {
    return res.status(401).json({ message: 'Invalid slug' });
  }

  // Enable Preview Mode by setting the cookies
  res.setPreviewData({}, { maxAge: 60 * 60 });

  // Redirect to the path from the fetched post
  // We don't redirect to req.query.slug as that might lead to open redirect vulnerabilities
  res.redirect(`/blog/${post.slug}`);
}
