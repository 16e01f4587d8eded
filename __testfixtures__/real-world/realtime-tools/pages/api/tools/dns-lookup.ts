import { promises as dns } from 'dns';
import type { NextApiRequest, NextApiResponse } from 'next';
import { z } from 'zod';

const querySchema = z.object({
  domain: z.string().regex(/^(?!-)[a-z0-9-]{1,63}(\.[a-z0-9-]{1,63})+$/i, 'Invalid domain'),
  type: z.enum(['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'NS']).default('A'),
});

export default async function lookup(req: NextApiRequest, res: NextApiResponse) {
  const parsed = querySchema.safeParse(req.query);
  if (!parsed.success) {
    return res.status(422).json({ error: parsed.error.issues[0].message });
  }
  const { domain, type } = parsed.data;

  try {
    const started = performance.now();
    const records = await dns.resolve(domain, type);
    res.setHeader('Cache-Control', 'public, s-maxage=300');
    res.status(200).json({ domain, type, records, ms: Math.round(performance.now() - started) });
  } catch (err: any) {
    if (err.code === 'ENOTFOUND' || err.code === 'ENODATA') {
      return res.status(404).json({ domain, type, records: [] });
    }
    res.status(500).json({ error: err.message });
  }
}
