import type { NextApiHandler } from 'next';

export function withLogging(handler: NextApiHandler): NextApiHandler {
  return async (req, res) => {
    const start = Date.now();
    try {
      return await handler(req, res);
    } finally {
      console.log(JSON.stringify({ method: req.method, url: req.url, status: res.statusCode, ms: Date.now() - start }));
    }
  };
}
