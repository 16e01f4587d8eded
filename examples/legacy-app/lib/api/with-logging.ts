import type { NextApiHandler } from 'next';

/** Logs method, URL, status and duration of every call to the server log (not to the client). */
export function withLogging(handler: NextApiHandler): NextApiHandler {
  return async (req, res) => {
    const started = performance.now();
    try {
      return await handler(req, res);
    } finally {
      const ms = (performance.now() - started).toFixed(1);
      console.log(`[api] ${req.method} ${req.url} -> ${res.statusCode} in ${ms} ms`);
    }
  };
}
