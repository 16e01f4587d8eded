import type { NextApiRequest, NextApiResponse } from 'next';

// The catalogue moved; old links are redirected permanently.
export default function oldItems(req: NextApiRequest, res: NextApiResponse) {
  res.redirect(301, '/api/items?page=1');
}
