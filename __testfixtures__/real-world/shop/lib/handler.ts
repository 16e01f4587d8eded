import type { NextApiRequest, NextApiResponse } from 'next';
import type { Options } from 'next-connect';

export type ApiRequest = NextApiRequest & { user?: { id: string; email: string; role: 'admin' | 'customer' } };

export const ncOpts: Options<ApiRequest, NextApiResponse> = {
  onError(err, req, res) {
    console.error(err);
    res.statusCode = err.status && err.status >= 100 && err.status < 600 ? err.status : 500;
    res.end(err.message);
  },
  onNoMatch(req, res) {
    res.status(405).json({ error: `Method ${req.method} Not Allowed` });
  },
};
