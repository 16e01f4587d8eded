import type { NextApiRequest, NextApiResponse } from 'next';
import { listInvoices } from '@/lib/billing';

async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const invoices = await listInvoices();
    return res.status(200).json({ invoices });
  }
}

export { handler as default };
