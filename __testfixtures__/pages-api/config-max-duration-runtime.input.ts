import type { NextApiRequest, NextApiResponse } from 'next';
import { generateMonthlyReport } from '@/lib/reports';

export const config = {
  runtime: 'nodejs',
  maxDuration: 60,
};

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'POST') {
    const report = await generateMonthlyReport(req.body.month);
    res.status(200).json(report);
  }
}
