import type { NextApiRequest, NextApiResponse } from 'next';
import { listItems } from '@/lib/db';

// A CSV export written row by row as it is produced.
export default function exportItems(req: NextApiRequest, res: NextApiResponse) {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', 'attachment; filename="items.csv"');
  res.write('id,name,price\n');
  for (const item of listItems()) {
    res.write(`${item.id},${JSON.stringify(item.name)},${item.price}\n`);
  }
  res.end('# end\n');
}
