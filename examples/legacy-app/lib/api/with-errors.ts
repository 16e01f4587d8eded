import type { NextApiHandler } from 'next';

/** An error a handler throws on purpose: its status and message reach the client. */
export class HttpError extends Error {
  constructor(
    public readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Turns anything a handler throws into a JSON error answer instead of Next's HTML 500 page. */
export function withErrors(handler: NextApiHandler): NextApiHandler {
  return async (req, res) => {
    try {
      await handler(req, res);
    } catch (err) {
      if (err instanceof HttpError) {
        return res.status(err.status).json({ error: err.message });
      }
      console.error(`[api] ${req.method} ${req.url} failed:`, err);
      res.status(500).json({ error: 'Internal Server Error' });
    }
  };
}
