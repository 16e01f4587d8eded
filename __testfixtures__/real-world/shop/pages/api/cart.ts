import { serialize } from 'cookie';
import type { NextApiRequest, NextApiResponse } from 'next';
import { nanoid } from 'nanoid';

import dbConnect from '../../lib/db';
import Product from '../../models/Product';

type CartItem = { sku: string; quantity: number };

const carts = new Map<string, CartItem[]>(); // swapped for Redis in production

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  let cartId = req.cookies.cartId;
  if (!cartId) {
    cartId = nanoid();
    res.setHeader('Set-Cookie', serialize('cartId', cartId, { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 60 * 60 * 24 * 30 }));
  }
  const cart = carts.get(cartId) ?? [];

  if (req.method === 'POST') {
    const { sku, quantity = 1 } = req.body as CartItem;
    await dbConnect();
    const product = await Product.findOne({ sku });
    if (!product || product.stock < quantity) {
      return res.status(409).json({ error: 'Not enough stock' });
    }
    const existing = cart.find((item) => item.sku === sku);
    if (existing) existing.quantity += quantity;
    else cart.push({ sku, quantity });
    carts.set(cartId, cart);
  } else if (req.method === 'DELETE') {
    carts.delete(cartId);
    return res.status(204).end();
  }

  res.status(200).json({ items: cart, count: cart.reduce((n, i) => n + i.quantity, 0) });
}
