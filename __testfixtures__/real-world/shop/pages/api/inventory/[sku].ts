import type { NextApiRequest, NextApiResponse } from 'next';
import dbConnect from '../../../lib/db';
import Product from '../../../models/Product';

export default async (req: NextApiRequest, res: NextApiResponse) => {
  const {
    query: { sku },
    method,
  } = req;

  await dbConnect();

  switch (method) {
    case 'GET':
      try {
        const product = await Product.findOne({ sku }, { sku: 1, stock: 1 });
        if (!product) {
          return res.status(404).json({ success: false });
        }
        res.status(200).json({ success: true, data: product });
      } catch (error) {
        res.status(400).json({ success: false });
      }
      break;
    case 'PATCH':
      try {
        const delta = Number(req.body.delta);
        const product = await Product.findOneAndUpdate({ sku }, { $inc: { stock: delta } }, { new: true });
        res.status(200).json({ success: true, data: product });
      } catch (error) {
        res.status(400).json({ success: false });
      }
      break;
    default:
      res.status(400).json({ success: false });
      break;
  }
};
