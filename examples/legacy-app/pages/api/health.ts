import type { NextApiRequest, NextApiResponse } from 'next';

// Load-balancer probe: no body at all, for every method.
export default function health(req: NextApiRequest, res: NextApiResponse) {
  res.setHeader('Cache-Control', 'no-store');
  res.end();
}
