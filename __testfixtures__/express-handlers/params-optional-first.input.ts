import type { Request, Response } from 'express';
import store from '../data/store';

// /api/orders and /api/orders/7 (Express 4's optional param)
export default (req: Request, res: Response) => {
  if (!req.params.id) return res.json(store.orders);
  const order = store.orders.find((o) => String(o.id) === req.params.id);
  if (!order) return res.sendStatus(404);
  res.json(order);
};
