import type { NextApiHandler } from 'next';

type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

/** One handler per HTTP method; any other method gets 405 with an Allow header. */
export function withMethods(handlers: Partial<Record<Method, NextApiHandler>>): NextApiHandler {
  const allowed = Object.keys(handlers) as Method[];
  return (req, res) => {
    const handler = handlers[req.method as Method];
    if (!handler) {
      res.setHeader('Allow', allowed.join(', '));
      return res.status(405).json({ error: `Method ${req.method} Not Allowed` });
    }
    return handler(req, res);
  };
}
