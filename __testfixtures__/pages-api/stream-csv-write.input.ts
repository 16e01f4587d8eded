import type { NextApiRequest, NextApiResponse } from 'next';
import { buildCsvHeader, buildCsvBody } from '@/lib/export';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="report.csv"');
    res.write(buildCsvHeader());
    const body = await buildCsvBody();
    res.write(body);
    res.end();
  }
}
