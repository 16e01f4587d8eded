import type { NextApiRequest, NextApiResponse } from 'next';
import { nanoid } from 'nanoid';
import { bus, type BuildEvent } from '@/lib/events';

export default function publish(req: NextApiRequest, res: NextApiResponse) {
  if (req.headers['x-build-token'] !== process.env.BUILD_TOKEN) {
    return res.status(403).json({ error: 'Forbidden' });
  }
  if (req.method !== 'POST') {
    res.setHeader('Allow', ['POST']);
    return res.status(405).json({ error: 'Use POST' });
  }

  const { id, type = 'log', data } = req.body ?? {};
  if (typeof data !== 'string') {
    return res.status(400).json({ error: '"data" must be a string' });
  }

  const event: BuildEvent = { id: id ?? nanoid(), type, data, at: Date.now() };
  const delivered = bus.emit('build', event);
  res.status(delivered ? 202 : 200).json({ event, delivered });
}
