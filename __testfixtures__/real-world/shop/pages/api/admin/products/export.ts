import type { NextApiRequest, NextApiResponse } from 'next';

import dbConnect from '../../../../lib/db';
import { verifyToken } from '../../../../lib/jwt';
import Product from '../../../../models/Product';

const escape = (value: unknown) => `"${String(value ?? '').replace(/"/g, '""')}"`;

export default async function exportProducts(req: NextApiRequest, res: NextApiResponse) {
  const user = await verifyToken(req.cookies.token ?? '').catch(() => null);
  if (user?.role !== 'admin') {
    return res.status(403).send('Forbidden');
  }

  await dbConnect();
  const products = await Product.find({}).sort({ sku: 1 }).lean();

  const header = ['sku', 'name', 'price', 'stock'];
  const lines = products.map((p: any) => [p.sku, p.name, p.price, p.stock].map(escape).join(','));
  const csv = [header.join(','), ...lines].join('\n');

  const date = new Date().toISOString().slice(0, 10);
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="products-${date}.csv"`);
  res.status(200).send(csv);
}
