import type { NextApiRequest, NextApiResponse } from 'next';

import dbConnect from '../../../lib/db';
import Product from '../../../models/Product';
import Review from '../../../models/Review';

export default async function reviews(req: NextApiRequest, res: NextApiResponse) {
  const { productId } = req.query;
  await dbConnect();

  if (req.method === 'GET') {
    const page = Number(req.query.page ?? 0);
    const list = await Review.find({ productId }).sort({ createdAt: -1 }).skip(page * 20).limit(20);
    return res.status(200).json(list);
  }

  if (req.method === 'POST') {
    const { author, rating, body } = req.body;
    if (!rating || rating < 1 || rating > 5) {
      return res.status(400).json({ message: 'rating must be 1-5' });
    }
    const review = await Review.create({ productId, author: author || 'Anonymous', rating, body });

    // keep the product's average in sync
    const [{ avg }] = await Review.aggregate([{ $match: { productId } }, { $group: { _id: null, avg: { $avg: '$rating' } } }]);
    await Product.updateOne({ _id: productId }, { rating: Math.round(avg * 10) / 10 });

    return res.status(201).json(review);
  }

  res.setHeader('Allow', ['GET', 'POST']);
  res.status(405).json({ message: `Method ${req.method} not allowed` });
}
