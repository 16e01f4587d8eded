import cors from 'cors';
import type { NextApiRequest, NextApiResponse } from 'next';
import { createRouter, expressWrapper } from 'next-connect';

import { redis } from '~/lib/db';

type Webhook = { id: string; url: string; events: string[]; active: boolean };

const router = createRouter<NextApiRequest, NextApiResponse>();

router
  .use(expressWrapper(cors({ origin: process.env.DASHBOARD_ORIGIN })))
  .get(async (req, res) => {
    const hook = await redis.get<Webhook>(`webhook:${req.query.id}`);
    if (!hook) return res.status(404).json({ error: 'Not found' });
    res.json(hook);
  })
  .put(async (req, res) => {
    const hook = await redis.get<Webhook>(`webhook:${req.query.id}`);
    if (!hook) return res.status(404).json({ error: 'Not found' });
    const next = { ...hook, ...req.body, id: hook.id } as Webhook;
    await redis.set(`webhook:${hook.id}`, next);
    res.json(next);
  })
  .delete(async (req, res) => {
    await redis.del(`webhook:${req.query.id}`);
    res.status(204).end();
  });

export default router.handler({
  onError: (err, req, res) => {
    console.error(err);
    res.status(500).end('Internal Server Error');
  },
});
