import type { NextApiRequest, NextApiResponse } from 'next';
import { getToken } from 'next-auth/jwt';
import { createRouter } from 'next-connect';

import { redis } from '~/lib/db';
import { eventSchema } from './schemas';

const router = createRouter<NextApiRequest & { userId?: string }, NextApiResponse>();

router
  .use(async (req, res, next) => {
    const token = await getToken({ req });
    if (!token?.sub) {
      return res.status(401).json({ error: 'Unauthorized' });
    }
    req.userId = token.sub;
    await next();
  })
  .get(async (req, res) => {
    const limit = Math.min(Number(req.query.limit ?? 50), 200);
    const events = await redis.lrange(`events:${req.userId}`, 0, limit - 1);
    res.json({ data: events });
  })
  .post(async (req, res) => {
    const event = eventSchema.parse(req.body);
    await redis.lpush(`events:${req.userId}`, JSON.stringify({ ...event, receivedAt: Date.now() }));
    res.status(202).json({ accepted: true });
  });

export default router.handler({
  onError: (err, req, res) => {
    console.error((err as Error).stack);
    res.status((err as { statusCode?: number }).statusCode || 500).end((err as Error).message);
  },
  onNoMatch: (req, res) => {
    res.status(405).json({ error: `Method '${req.method}' Not Allowed` });
  },
});
