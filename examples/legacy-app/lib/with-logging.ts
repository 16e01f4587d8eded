import type { NextApiHandler } from 'next';

/** Tags every response with the route name; stands in for a logging/metrics wrapper. */
export function withLogging(handler: NextApiHandler, name = 'api'): NextApiHandler {
  return async (req, res) => {
    res.setHeader('X-Handled-By', name);
    return handler(req, res);
  };
}
