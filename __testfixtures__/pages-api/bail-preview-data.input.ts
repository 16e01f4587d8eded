// RS303
import type { NextApiRequest, NextApiResponse } from 'next';

export default function preview(req: NextApiRequest, res: NextApiResponse) {
  res.setPreviewData({ user: req.query.user });
  res.redirect(`/posts/${req.query.slug}`);
}
