import Cors from 'cors';
import type { NextApiRequest, NextApiResponse } from 'next';
import { runMiddleware } from '@/lib/run-middleware';

// Initializing the cors middleware
// You can read more about the available options here: https://github.com/expressjs/cors#configuration-options
const cors = Cors({
  methods: ['POST', 'GET', 'HEAD'],
});

const UNITS: Record<string, number> = { px: 1, rem: 16, em: 16, pt: 4 / 3 };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // Run the middleware
  await runMiddleware(req, res, cors);

  const { value, from = 'px', to = 'rem' } = req.method === 'POST' ? req.body : req.query;
  const n = parseFloat(value);
  if (Number.isNaN(n) || !(from in UNITS) || !(to in UNITS)) {
    return res.status(400).json({ error: 'Usage: ?value=24&from=px&to=rem' });
  }

  const result = (n * UNITS[from]) / UNITS[to];
  res.json({ value: n, from, to, result: Math.round(result * 10000) / 10000 });
}
