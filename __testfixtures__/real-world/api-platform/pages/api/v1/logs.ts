import type { NextApiResponse } from 'next';
import { withAxiom, type AxiomAPIRequest } from 'next-axiom';

async function handler(req: AxiomAPIRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end();
  }

  const entries: { level?: string; message: string; fields?: Record<string, unknown> }[] = Array.isArray(req.body) ? req.body : [req.body];
  for (const entry of entries) {
    const level = entry.level === 'error' ? 'error' : entry.level === 'warn' ? 'warn' : 'info';
    req.log[level](entry.message, { source: 'client', ...entry.fields });
  }

  res.status(202).json({ received: entries.length });
}

export default withAxiom(handler);
