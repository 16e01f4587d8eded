import type { NextApiHandler, NextApiRequest, NextApiResponse } from 'next';
import { getToken } from 'next-auth/jwt';

import { redis } from '~/lib/db';

type Deployment = { id: string; projectId: string; ref: string; state: 'queued' | 'building' | 'ready' | 'error'; createdAt: number };

const getDeployments: NextApiHandler = async (req, res) => {
  const ids = await redis.zrange<string[]>(`project:${req.query.projectId}:deployments`, 0, 19, { rev: true });
  const deployments = await Promise.all(ids.map((id) => redis.get<Deployment>(`deployment:${id}`)));
  res.status(200).json(deployments.filter(Boolean));
};

const createDeployment: NextApiHandler = async (req, res) => {
  const projectId = req.query.projectId as string;
  const deployment: Deployment = { id: crypto.randomUUID(), projectId, ref: req.body.ref ?? 'main', state: 'queued', createdAt: Date.now() };
  await redis.set(`deployment:${deployment.id}`, deployment);
  await redis.zadd(`project:${projectId}:deployments`, { score: deployment.createdAt, member: deployment.id });
  res.status(201).json(deployment);
};

const handlers: Record<string, NextApiHandler> = {
  GET: getDeployments,
  POST: createDeployment,
};

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const token = await getToken({ req });
  if (!token) return res.status(401).json({ error: 'Unauthorized' });

  const fn = handlers[req.method ?? ''];
  if (!fn) {
    res.setHeader('Allow', Object.keys(handlers));
    return res.status(405).json({ error: 'Method not allowed' });
  }
  return fn(req, res);
}
