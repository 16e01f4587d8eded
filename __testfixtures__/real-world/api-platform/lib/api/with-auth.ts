import type { NextApiHandler, NextApiRequest, NextApiResponse } from 'next';
import { getToken } from 'next-auth/jwt';

export type AuthedRequest = NextApiRequest & { userId: string };

export function withAuth(handler: (req: AuthedRequest, res: NextApiResponse) => unknown | Promise<unknown>): NextApiHandler {
  return async (req, res) => {
    const token = await getToken({ req });
    if (!token?.sub) {
      return res.status(401).json({ error: 'Unauthorized' });
    }
    (req as AuthedRequest).userId = token.sub;
    return handler(req as AuthedRequest, res);
  };
}
