import type { NextApiRequest, NextApiResponse } from 'next';
import { auditCount, recordAudit } from '@/lib/db';

// Accepts an import job, answers at once, then keeps working after the response is sent.
export default function importJob(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    return res.status(200).json({ audits: auditCount() });
  }
  const source = typeof req.query.source === 'string' ? req.query.source : 'manual';
  res.status(202).json({ accepted: true, source });
  recordAudit(`import:${source}`);
}
