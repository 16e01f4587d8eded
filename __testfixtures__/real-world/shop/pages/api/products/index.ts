import type { NextApiRequest, NextApiResponse } from 'next';
import nc from 'next-connect';

import dbConnect from '../../../lib/db';
import Product from '../../../models/Product';

const handler = nc<NextApiRequest, NextApiResponse>({
  onError: (err, req, res) => {
    console.error(err.stack);
    res.status(500).end('Something broke!');
  },
  onNoMatch: (req, res) => {
    res.status(404).end('Page is not found');
  },
})
  .get(async (req, res) => {
    await dbConnect();
    const { category, sort = 'newest' } = req.query;
    const filter = category ? { category } : {};
    const order = sort === 'price' ? { price: 1 } : { createdAt: -1 };
    const products = await Product.find(filter).sort(order).limit(48).lean();
    res.json(products);
  })
  .post(async (req, res) => {
    await dbConnect();
    const product = await Product.create(req.body);
    res.status(201).json(product);
  });

export default handler;
