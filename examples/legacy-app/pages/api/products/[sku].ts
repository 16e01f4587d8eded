import type { NextApiRequest, NextApiResponse } from 'next';
import { findProduct } from '@/lib/db';

export default function product(req: NextApiRequest, res: NextApiResponse) {
  const sku = String(req.query.sku);
  const found = findProduct(sku);
  if (!found) {
    res.status(404);
    res.json({ error: 'Unknown product', sku });
    return;
  }
  if (found.stock === 0) {
    res.status(409);
  }
  res.json({ ...found, available: found.stock > 0 });
}
