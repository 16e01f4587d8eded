import type { NextApiResponse } from 'next';
import nextConnect from 'next-connect';

import { ncOpts, type ApiRequest } from '../../../lib/handler';
import auth from '../../../lib/middlewares/auth';
import database from '../../../lib/middlewares/database';
import Order from '../../../models/Order';
import Product from '../../../models/Product';

const handler = nextConnect<ApiRequest, NextApiResponse>(ncOpts).use(database).use(auth);

handler.get(async (req, res) => {
  const orders = await Order.find({ userId: req.user!.id }).sort({ createdAt: -1 });
  res.status(200).json({ orders });
});

handler.post(async (req, res) => {
  const items: { productId: string; quantity: number }[] = req.body.items ?? [];
  if (items.length === 0) {
    return res.status(400).json({ error: 'Cart is empty' });
  }

  const products = await Product.find({ _id: { $in: items.map((i) => i.productId) } });
  const lines = items.map((item) => {
    const product = products.find((p: any) => String(p._id) === item.productId);
    return { ...item, price: product?.price ?? 0 };
  });
  const total = lines.reduce((sum, l) => sum + l.price * l.quantity, 0);

  const order = await Order.create({ userId: req.user!.id, items: lines, total });
  res.status(201).json({ order });
});

export default handler;
