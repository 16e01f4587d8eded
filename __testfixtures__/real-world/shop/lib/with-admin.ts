import type { NextApiHandler, NextApiRequest, NextApiResponse } from 'next';
import { verifyToken } from './jwt';

export function withAdmin(handler: NextApiHandler): NextApiHandler {
  return async (req: NextApiRequest, res: NextApiResponse) => {
    try {
      const user = await verifyToken(req.cookies.token ?? '');
      if (user.role !== 'admin') {
        return res.status(403).json({ error: 'Admins only' });
      }
    } catch {
      return res.status(401).json({ error: 'Please log in' });
    }
    return handler(req, res);
  };
}
