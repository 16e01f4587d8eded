import type { NextApiRequest, NextApiResponse } from 'next';
import { listItems } from '@/lib/db';

// One report, four formats.
export default function report(req: NextApiRequest, res: NextApiResponse) {
  const { format } = req.query;
  const items = listItems();

  if (format === 'csv') {
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="items.csv"');
  }
  if (format === 'csv' || format === 'text') {
    const rows = items.map((item) => `${item.id},${item.name},${item.price}`);
    return res.send(['id,name,price', ...rows].join('\n'));
  }
  if (format === 'binary') {
    return res.send(Buffer.from(items.map((item) => item.id)));
  }
  res.send({ generated: 'static', count: items.length });
}
