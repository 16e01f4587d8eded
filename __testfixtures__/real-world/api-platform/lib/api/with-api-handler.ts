import type { NextApiHandler, NextApiRequest, NextApiResponse } from 'next';
import { ApiError } from './errors';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type MethodHandlers = Partial<Record<Method, NextApiHandler>>;

/** Dispatches on req.method, answers 405 with Allow, and maps thrown ApiErrors to JSON. */
export function withApiHandler(handlers: MethodHandlers): NextApiHandler {
  return async (req: NextApiRequest, res: NextApiResponse) => {
    const handler = handlers[req.method as Method];
    if (!handler) {
      res.setHeader('Allow', Object.keys(handlers));
      return res.status(405).json({ error: { code: 'method_not_allowed', message: `${req.method} not allowed` } });
    }
    try {
      await handler(req, res);
    } catch (err) {
      if (err instanceof ApiError) {
        return res.status(err.statusCode).json({ error: { code: err.code, message: err.message } });
      }
      console.error(err);
      res.status(500).json({ error: { code: 'internal_error', message: 'Internal Server Error' } });
    }
  };
}
