import type { NextApiRequest, NextApiResponse } from 'next';

// Called from the CMS "Publish" action:
//   POST /api/revalidate?secret=<token>&path=/blog/my-post
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // Check for secret to confirm this is a valid request
  if (req.query.secret !== process.env.REVALIDATE_TOKEN) {
    return res.status(401).json({ message: 'Invalid token' });
  }

  const path = typeof req.query.path === 'string' ? req.query.path : '/';

  try {
    // this should be the actual path not a rewritten path
    // e.g. for "/blog/[slug]" this should be "/blog/post-1"
    await res.revalidate(path);
    if (path.startsWith('/blog/')) {
      await res.revalidate('/blog');
    }
    return res.json({ revalidated: true, path });
  } catch (err) {
    // If there was an error, Next.js will continue
    // to show the last successfully generated page
    return res.status(500).send('Error revalidating');
  }
}
