import type { NextApiHandler } from 'next';

const ALLOWED_ORIGINS = (process.env.CORS_ORIGINS ?? '*').split(',');

export function withCors(handler: NextApiHandler): NextApiHandler {
  return async (req, res) => {
    const origin = req.headers.origin ?? '';
    const allow = ALLOWED_ORIGINS.includes('*') ? '*' : ALLOWED_ORIGINS.includes(origin) ? origin : '';
    if (allow) res.setHeader('Access-Control-Allow-Origin', allow);
    res.setHeader('Access-Control-Allow-Methods', 'GET,OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization');
    if (req.method === 'OPTIONS') {
      return res.status(204).end();
    }
    return handler(req, res);
  };
}
