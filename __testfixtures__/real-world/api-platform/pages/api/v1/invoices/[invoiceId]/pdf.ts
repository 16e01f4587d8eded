import type { NextApiRequest, NextApiResponse } from 'next';
import { getToken } from 'next-auth/jwt';

import { redis } from '~/lib/db';
import { renderInvoicePdf, type Invoice } from '~/lib/invoices';

export const config = {
  maxDuration: 30,
};

export default async function invoicePdf(req: NextApiRequest, res: NextApiResponse) {
  const token = await getToken({ req });
  if (!token?.sub) return res.status(401).end();

  const invoice = await redis.get<Invoice>(`invoice:${req.query.invoiceId}`);
  if (!invoice || invoice.ownerId !== token.sub) {
    return res.status(404).json({ error: 'Invoice not found' });
  }

  const pdf = await renderInvoicePdf(invoice);
  const disposition = req.query.download === '1' ? 'attachment' : 'inline';

  res.setHeader('Content-Type', 'application/pdf');
  res.setHeader('Content-Length', pdf.length);
  res.setHeader('Content-Disposition', `${disposition}; filename="invoice-${invoice.number}.pdf"`);
  res.send(pdf);
}
