// RS202
import type { NextApiRequest, NextApiResponse } from 'next';

function readToken(req: NextApiRequest, depth = 0): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7);
  return depth < 1 ? readCookieToken(req, depth + 1) : null;
}

function readCookieToken(req: NextApiRequest, depth: number): string | null {
  return req.cookies.token ?? readToken(req, depth);
}

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const token = readToken(req);
  if (!token) return res.status(401).json({ error: 'unauthorized' });
  res.status(200).json({ token });
}
