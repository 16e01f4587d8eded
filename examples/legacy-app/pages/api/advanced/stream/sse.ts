import type { NextApiRequest, NextApiResponse } from 'next';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Order status updates as server-sent events: three steps, then the stream ends.
export default async function orderProgress(req: NextApiRequest, res: NextApiResponse) {
  res.setHeader('Content-Type', 'text/event-stream');
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Connection', 'keep-alive');
  res.flushHeaders();

  let disconnected = false;
  req.on('close', () => {
    disconnected = true;
  });

  const steps = ['received', 'packed', 'shipped'];
  for (const [index, status] of steps.entries()) {
    if (disconnected) break;
    res.write(`id: ${index + 1}\nevent: status\ndata: ${JSON.stringify({ order: 'o-100', status })}\n\n`);
    await sleep(20);
  }
  res.end();
}
