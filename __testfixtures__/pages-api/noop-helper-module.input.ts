// RS002
import type { NextApiRequest, NextApiResponse } from 'next';

export function methodNotAllowed(req: NextApiRequest, res: NextApiResponse, allowed: string[]) {
  res.setHeader('Allow', allowed);
  return res.status(405).json({ error: `Method ${req.method} not allowed` });
}

export function getQueryString(req: NextApiRequest, key: string): string | undefined {
  const value = req.query[key];
  return Array.isArray(value) ? value[0] : value;
}

export function isJsonRequest(req: NextApiRequest): boolean {
  return (req.headers['content-type'] ?? '').includes('application/json');
}
