import type { NextApiRequest, NextApiResponse } from 'next';

export const config = {
  api: { bodyParser: { sizeLimit: '1mb' } },
};

export default function formatJson(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const indent = Number(req.query.indent ?? 2);
  try {
    const value = typeof req.body === 'string' ? JSON.parse(req.body) : req.body;
    res.status(200).json({ formatted: JSON.stringify(value, null, indent) });
  } catch (e) {
    res.status(400).json({ error: (e as Error).message });
  }
}
