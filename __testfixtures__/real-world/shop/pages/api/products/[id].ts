import type { NextApiResponse } from 'next';
import nc from 'next-connect';

import { ncOpts, type ApiRequest } from '../../../lib/handler';
import auth from '../../../lib/middlewares/auth';
import database from '../../../lib/middlewares/database';
import Product from '../../../models/Product';

const handler = nc<ApiRequest, NextApiResponse>(ncOpts);

handler.use(database);

handler.get(async (req, res) => {
  const product = await Product.findById(req.query.id).lean();
  if (!product) {
    res.status(404).json({ error: 'Product not found' });
    return;
  }
  res.json(product);
});

handler.use(auth).put(async (req, res) => {
  if (req.user?.role !== 'admin') return res.status(403).json({ error: 'Forbidden' });
  const product = await Product.findByIdAndUpdate(req.query.id, req.body, { new: true, runValidators: true });
  res.json(product);
});

handler.use(auth).delete(async (req, res) => {
  if (req.user?.role !== 'admin') return res.status(403).json({ error: 'Forbidden' });
  await Product.deleteOne({ _id: req.query.id });
  res.status(204).end();
});

export default handler;
