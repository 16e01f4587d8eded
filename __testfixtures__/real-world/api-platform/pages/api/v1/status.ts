import type { NextApiRequest, NextApiResponse } from 'next';

import { withCors } from '~/lib/api/with-cors';
import { redis } from '~/lib/db';

type Component = { name: string; status: 'operational' | 'degraded' | 'outage' };

async function handler(req: NextApiRequest, res: NextApiResponse) {
  const components = (await redis.get<Component[]>('status:components')) ?? [];
  const incident = await redis.get<{ title: string; startedAt: string }>('status:incident');

  const overall = components.some((c) => c.status === 'outage')
    ? 'major_outage'
    : components.some((c) => c.status === 'degraded')
      ? 'partial_outage'
      : 'operational';

  res.setHeader('Cache-Control', 'public, max-age=30');
  res.status(200).json({ overall, components, incident });
}

export default withCors(handler);
