import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '@/lib/prisma';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    try {
      const orders = await prisma.order.findMany({ include: { items: true } });
      return res.status(200).json(orders);
    } catch (error) {
      console.error('Failed to load orders', error);
      return res.status(500).json({ error: 'Internal Server Error' });
    }
  }
}
