import type { NextApiRequest, NextApiResponse } from 'next';
import { verifyApiKey, recordEvent } from '@/lib/analytics';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    return res.status(405).json({ error: 'Method not allowed' });
  }

  const apiKey = req.headers['x-api-key'];
  const token = req.headers.authorization?.replace('Bearer ', '');
  const project = await verifyApiKey((apiKey ?? token) as string);
  if (!project) {
    return res.status(401).json({ error: 'Invalid API key' });
  }

  await recordEvent(project.id, req.body, { userAgent: req.headers['user-agent'] });
  return res.status(202).json({ accepted: true });
}
