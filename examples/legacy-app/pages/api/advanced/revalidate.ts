import type { NextApiRequest, NextApiResponse } from 'next';

const REVALIDATE_TOKEN = process.env.REVALIDATE_TOKEN ?? 'rv_e2e';

// On-demand ISR, called by the CMS when a page's content changes.
export default async function revalidateHandler(req: NextApiRequest, res: NextApiResponse) {
  if (req.query.secret !== REVALIDATE_TOKEN) {
    return res.status(401).json({ message: 'Invalid token' });
  }
  const path = typeof req.query.path === 'string' ? req.query.path : '/';
  try {
    await res.revalidate(path);
    return res.json({ revalidated: true, path });
  } catch (err) {
    // No page at that path, or it failed to render: Next throws and the old page stays.
    console.error(err);
    return res.status(500).send('Error revalidating');
  }
}
