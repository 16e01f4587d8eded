import type { NextApiResponse } from 'next';
import type { NextHandler } from 'next-connect';
import { verifyToken } from '../jwt';
import type { ApiRequest } from '../handler';

export default async function auth(req: ApiRequest, res: NextApiResponse, next: NextHandler) {
  const token = req.cookies.token ?? req.headers.authorization?.replace(/^Bearer /, '');
  if (!token) {
    return res.status(401).json({ error: 'Please log in' });
  }
  req.user = await verifyToken(token);
  next();
}
