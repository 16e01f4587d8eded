import type { NextApiRequest, NextApiResponse } from 'next';

import { redis, type ApiKey } from '~/lib/db';
import { createProjectSchema } from '../schemas';

async function authenticate(req: NextApiRequest): Promise<ApiKey | null> {
  const header = req.headers.authorization;
  if (!header?.startsWith('Bearer ')) return null;
  return redis.get<ApiKey>(`key:${header.slice(7)}`);
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const key = await authenticate(req);
  if (!key) {
    return res.status(401).json({ error: { code: 'invalid_api_key', message: 'Provide a valid API key' } });
  }

  if (req.method === 'GET') {
    const projects = await redis.smembers(`owner:${key.ownerId}:projects`);
    return res.status(200).json({ data: projects });
  }

  if (req.method === 'POST') {
    if (!key.scopes.includes('projects:write')) {
      return res.status(403).json({ error: { code: 'insufficient_scope', message: 'Key lacks projects:write' } });
    }
    const result = createProjectSchema.safeParse(req.body);
    if (!result.success) {
      return res.status(422).json({ error: { code: 'validation_error', issues: result.error.issues } });
    }
    await redis.sadd(`owner:${key.ownerId}:projects`, result.data.name);
    res.setHeader('Location', `/api/v1/projects/${encodeURIComponent(result.data.name)}`);
    return res.status(201).json({ data: result.data });
  }

  res.setHeader('Allow', 'GET, POST');
  return res.status(405).json({ error: { code: 'method_not_allowed' } });
}
