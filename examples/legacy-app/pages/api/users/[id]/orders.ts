import type { NextApiRequest, NextApiResponse } from 'next';
import { findUser, ordersForUser } from '../../../../lib/db';
import { paginate } from '@/lib/paging';

export default function userOrders(req: NextApiRequest, res: NextApiResponse) {
  const { id, page = '1', limit } = req.query;
  const user = findUser(String(id));
  if (!user) {
    return res.status(404).json({ error: 'Unknown user' });
  }
  const perPage = limit ? Number(limit) : 2;
  const orders = paginate(ordersForUser(user.id), Number(page), perPage);
  res.json({ user: user.id, page: Number(page), perPage, orders });
}
