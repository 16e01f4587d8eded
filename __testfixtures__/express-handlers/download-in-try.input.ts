import type { NextFunction, Request, Response } from 'express';
import { renderInvoice } from '../invoices';

export default async (req: Request, res: Response, next: NextFunction) => {
  try {
    const file = await renderInvoice(req.params.id);
    res.download(file);
  } catch (err) {
    res.status(500).json({ error: 'the invoice could not be rendered' });
  }
};
