import type { NextApiRequest, NextApiResponse } from 'next';
import { createRouter } from 'next-connect';
import { API_KEY, findUser, ordersForUser } from '@/lib/db';

class ValidationError extends Error {
  readonly status = 422;
}

const router = createRouter<NextApiRequest, NextApiResponse>();

async function guard(req: NextApiRequest, res: NextApiResponse, next: () => Promise<unknown>) {
  if (req.headers['x-api-key'] !== API_KEY) {
    return res.status(401).json({ error: 'Missing or invalid API key' });
  }
  return next();
}

router
  .use(guard)
  .get((req, res) => {
    const userId = typeof req.query.user === 'string' ? req.query.user : 'u1';
    const orders = ordersForUser(userId);
    res.status(200).json({ user: userId, orders: orders.map((o) => o.id), total: orders.reduce((sum, o) => sum + o.total, 0) });
  })
  .post((req, res) => {
    const { userId, total } = req.body ?? {};
    if (typeof userId !== 'string' || !findUser(userId)) throw new ValidationError('userId must name a known user');
    if (typeof total !== 'number' || total <= 0) throw new ValidationError('total must be a positive number');
    res.status(201).json({ id: 'o-200', userId, total });
  });

export default router.handler({
  onError(err, req, res) {
    if (err instanceof ValidationError) {
      return res.status(err.status).json({ error: err.message });
    }
    console.error(err);
    res.status(500).json({ error: 'Something broke' });
  },
  onNoMatch(req, res) {
    res.setHeader('Allow', 'GET, POST');
    res.status(405).json({ error: `Method ${req.method} is not allowed` });
  },
});
