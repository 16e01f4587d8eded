import type { NextApiRequest, NextApiResponse } from 'next';
import { createRouter } from 'next-connect';

const RATES: Record<string, number> = { EUR: 0.5, GBP: 0.25, JPY: 100 };

const router = createRouter<NextApiRequest, NextApiResponse>();

// Converts a USD amount; input is trusted a little too much (the defaults answer the failures).
router.get((req, res) => {
  const to = String(req.query.to ?? 'EUR').toUpperCase();
  const amount = Number(req.query.amount ?? '1');
  if (!Number.isFinite(amount)) throw new Error(`cannot convert ${req.query.amount}`);
  const rate = RATES[to];
  if (rate === undefined) {
    return res.status(400).json({ error: `Unsupported currency ${to}` });
  }
  res.status(200).json({ from: 'USD', to, amount, converted: amount * rate });
});

export default router.handler();
