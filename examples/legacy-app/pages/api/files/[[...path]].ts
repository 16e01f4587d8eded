import type { NextApiRequest, NextApiResponse } from 'next';

export default function files(req: NextApiRequest, res: NextApiResponse) {
  const { path } = req.query;
  if (!path) {
    return res.json({ dir: '/', entries: ['docs', 'images'] });
  }
  const parts = Array.isArray(path) ? path : [path];
  res.json({ dir: '/' + parts.join('/'), entries: [] });
}
