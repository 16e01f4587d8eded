import type { NextApiRequest, NextApiResponse } from 'next';
import { getProducts } from '@/lib/shopify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const products = await getProducts({ first: 20 });
    return res.status(200).json(products);
  }

  res.setHeader('Allow', ['GET']);
  res.status(405).end(`Method ${req.method} Not Allowed`);
}
