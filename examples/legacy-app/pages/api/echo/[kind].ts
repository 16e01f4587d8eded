import type { NextApiRequest, NextApiResponse } from 'next';

// Debug endpoint: shows what the route saw, segment and search params together.
export default function echo(req: NextApiRequest, res: NextApiResponse) {
  res.json({ query: req.query });
}
