import Cors from 'cors';
import type { NextApiRequest, NextApiResponse } from 'next';
import { runMiddleware } from '@/lib/run-middleware';

// Initializing the cors middleware (the pattern of Next.js's api-routes-cors example)
const cors = Cors({
  origin: 'https://shop.example',
  methods: ['POST', 'GET', 'HEAD'],
  credentials: true,
});

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // Run the middleware
  await runMiddleware(req, res, cors);
  const amount = Number(req.method === 'POST' ? req.body?.amount : req.query.amount);
  if (!Number.isFinite(amount)) {
    return res.status(400).json({ error: 'amount must be a number' });
  }
  res.json({ amount, doubled: amount * 2 });
}
