import type { NextApiRequest, NextApiResponse } from 'next';
import { bus, type BuildEvent } from '@/lib/events';

export const config = {
  api: {
    responseLimit: false,
  },
};

// Server-sent events: the dashboard subscribes with new EventSource('/api/events/stream?build=...')
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const buildId = req.query.build as string | undefined;

  res.writeHead(200, {
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
  });
  res.flushHeaders();

  const send = (event: BuildEvent) => {
    if (buildId && event.id !== buildId) return;
    res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
  };
  const heartbeat = setInterval(() => res.write(': ping\n\n'), 15000);

  bus.on('build', send);
  req.on('close', () => {
    clearInterval(heartbeat);
    bus.off('build', send);
    res.end();
  });
}
