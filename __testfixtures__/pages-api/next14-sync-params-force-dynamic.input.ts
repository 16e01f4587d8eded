import type { NextApiRequest, NextApiResponse } from 'next';
import { getExchangeRate } from '@/lib/rates';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const { currency } = req.query;
    const rate = await getExchangeRate(String(currency));
    return res.status(200).json({ currency, rate, fetchedAt: new Date().toISOString() });
  }
}
