import type { NextApiRequest, NextApiResponse } from 'next';

import { redis, type ApiKey } from '~/lib/db';

type Project = { name: string; framework: string; ownerId: string; createdAt: number };

export default async function projectHandler(req: NextApiRequest, res: NextApiResponse) {
  const apiKey = req.headers.authorization?.replace(/^Bearer\s+/i, '');
  const key = apiKey ? await redis.get<ApiKey>(`key:${apiKey}`) : null;
  if (!key) {
    return res.status(401).json({ error: { code: 'invalid_api_key' } });
  }

  const projectId = String(req.query.projectId);
  const project = await redis.get<Project>(`project:${projectId}`);
  if (!project || project.ownerId !== key.ownerId) {
    return res.status(404).json({ error: { code: 'not_found', message: `No project ${projectId}` } });
  }

  switch (req.method) {
    case 'GET':
      res.setHeader('ETag', `"${project.createdAt}"`);
      return res.status(200).json({ data: project });
    case 'DELETE':
      await redis.del(`project:${projectId}`);
      await redis.srem(`owner:${key.ownerId}:projects`, project.name);
      return res.status(204).end();
    default:
      res.setHeader('Allow', ['GET', 'DELETE']);
      return res.status(405).json({ error: { code: 'method_not_allowed' } });
  }
}
