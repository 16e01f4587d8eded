// RS302
import type { NextApiRequest, NextApiResponse } from 'next';
import { loadReport } from '../../lib/reports';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  loadReport(req.query.id as string)
    .then((report) => res.status(200).json(report))
    .catch(() => res.status(404).json({ error: 'Not found' }));
  // runs before the report is sent: moving it after an await would change the order
  console.log('report requested');
}
