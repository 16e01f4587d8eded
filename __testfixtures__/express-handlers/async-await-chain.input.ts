import type { Request, Response } from 'express';
import { fetchRates } from '../lib/rates';

export default async function rates(req: Request, res: Response) {
  const currency = String(req.query.currency ?? 'EUR').toUpperCase();
  const rates = await fetchRates(currency);
  res.set('Cache-Control', 'max-age=300').status(200).send(rates);
}
