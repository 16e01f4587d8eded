import type { NextApiHandler } from 'next';
import { ZodError } from 'zod';
import { ApiError } from './errors';

export const withErrorHandler =
  (handler: NextApiHandler): NextApiHandler =>
  async (req, res) => {
    try {
      return await handler(req, res);
    } catch (error) {
      if (error instanceof ZodError) return res.status(422).json({ error: error.flatten() });
      if (error instanceof ApiError) return res.status(error.statusCode).json({ error: error.message });
      console.error(`[api] ${req.method} ${req.url}`, error);
      return res.status(500).json({ error: 'Internal Server Error' });
    }
  };
