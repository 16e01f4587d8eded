// RS305
import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '@/lib/prisma';
import { createCheckout } from '@/lib/checkout';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'POST') {
    const { items } = req.body as { items: { productId: string; quantity: number }[] };

    let ok = true;
    for (const item of items) {
      const product = await prisma.product.findUnique({ where: { id: item.productId } });
      if (!product || product.stock < item.quantity) {
        res.status(409).json({ error: `Not enough stock for ${item.productId}` });
        ok = false;
        break;
      }
    }

    if (ok) {
      const checkout = await createCheckout(items);
      res.status(201).json(checkout);
    }
  }
}
