import type { NextApiRequest, NextApiResponse } from 'next';

// Server-sent events: three fixed updates, then the stream closes.
export default function events(req: NextApiRequest, res: NextApiResponse) {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
  });
  for (const n of [1, 2, 3]) {
    res.write(`event: tick\ndata: ${JSON.stringify({ n })}\n\n`);
  }
  res.end();
}
