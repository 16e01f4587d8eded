import type { NextApiRequest, NextApiResponse } from 'next';
import { buildProductFilter } from '@/lib/filters';
import { prisma } from '@/lib/prisma';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const where = buildProductFilter(req.query);
    const products = await prisma.product.findMany({ where });
    return res.status(200).json(products);
  }
}
