import type { NextApiRequest, NextApiResponse } from 'next';
import { subscribe } from '@/lib/events';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const channel = req.query.channel;
  if (typeof channel !== 'string') {
    return res.status(400).json({ error: 'channel required' });
  }
  res.writeHead(200, {
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
  });
  res.flushHeaders();

  const unsubscribe = subscribe(channel, (event) => {
    res.write(`event: ${event.type}\ndata: ${JSON.stringify(event.payload)}\n\n`);
    if (event.type === 'done') res.end();
  });
  req.on('close', () => {
    unsubscribe();
  });
}
