import type { NextApiRequest, NextApiResponse } from 'next';
import { findItem } from '@/lib/db';

// The cart lives in a cookie: "cart=1,2,2".
export default function cart(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return res.status(405).end();
  }
  const raw = req.cookies.cart;
  if (!raw) {
    return res.status(200).json({ lines: [], total: 0, currency: req.cookies.currency ?? 'EUR' });
  }
  const ids = raw.split(',').map(Number);
  const lines = ids.map((id) => findItem(id)).filter((item) => item !== undefined);
  const total = lines.reduce((sum, item) => sum + item.price, 0);
  res.status(200).json({ lines: lines.map((item) => item.name), total, currency: req.cookies.currency ?? 'EUR' });
}
