import type { NextApiRequest, NextApiResponse } from 'next';
import { listItems } from '@/lib/items';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const items = await listItems();
  if (req.query.cached) {
    return res.setHeader('Cache-Control', 's-maxage=60').status(200).json(items);
  }
  res.setHeader('X-Total-Count', String(items.length)).json(items);
}
