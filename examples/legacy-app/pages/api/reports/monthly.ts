import type { NextApiRequest, NextApiResponse } from 'next';
import { ordersForUser } from '@/lib/db';

export const config = {
  maxDuration: 30,
  runtime: 'nodejs',
};

export default async function monthly(req: NextApiRequest, res: NextApiResponse) {
  const month = typeof req.query.month === 'string' ? req.query.month : '2024-01';
  const orders = ordersForUser('u1');
  res.status(200).json({ month, orders: orders.length, revenue: orders.reduce((sum, o) => sum + o.total, 0) });
}
