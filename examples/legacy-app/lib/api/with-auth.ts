import type { NextApiHandler, NextApiRequest } from 'next';
import { getServerSession } from 'next-auth/next';
import { authOptions } from '@/pages/api/auth/[...nextauth]';
import { API_KEY, findUserByEmail } from '@/lib/db';

export interface AuthOptions {
  /** Who may call the route when signed in with a session instead of the API key. */
  roles?: Array<'admin' | 'customer'>;
}

function apiKey(req: NextApiRequest): string | undefined {
  const value = req.headers['x-api-key'];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Lets a request through when it carries the service API key (`x-api-key`) or a next-auth session
 * of a user with an allowed role. No credentials: 401; wrong key or role: 403.
 */
export function withAuth(handler: NextApiHandler, { roles = ['admin'] }: AuthOptions = {}): NextApiHandler {
  return async (req, res) => {
    const key = apiKey(req);
    if (key !== undefined) {
      if (key !== API_KEY) return res.status(403).json({ error: 'Invalid API key' });
      return handler(req, res);
    }
    const session = await getServerSession(req, res, authOptions);
    if (!session?.user?.email) return res.status(401).json({ error: 'Authentication required' });
    const user = findUserByEmail(session.user.email);
    if (!user || !roles.includes(user.role)) return res.status(403).json({ error: 'Forbidden' });
    return handler(req, res);
  };
}
