import type { NextApiRequest, NextApiResponse } from 'next';

// Older preview mode (before draft mode): the data travels in a signed cookie.
export default function enterPreview(req: NextApiRequest, res: NextApiResponse) {
  const slug = typeof req.query.slug === 'string' ? req.query.slug : null;
  if (!slug) {
    return res.status(400).json({ error: 'slug is required' });
  }
  res.setPreviewData({});
  res.status(200).json({ preview: true, slug });
}
