import { randomUUID } from 'crypto';
import type { NextApiRequest, NextApiResponse } from 'next';
import { getToken } from 'next-auth/jwt';

import { redis, type ApiKey } from '~/lib/db';
import { ApiError } from '~/lib/api/errors';
import { withApiHandler } from '~/lib/api/with-api-handler';
import { createKeySchema } from '../schemas';

async function requireUser(req: NextApiRequest) {
  const token = await getToken({ req });
  if (!token?.sub) throw new ApiError(401, 'Sign in first', 'unauthorized');
  return token.sub;
}

async function listKeys(req: NextApiRequest, res: NextApiResponse) {
  const userId = await requireUser(req);
  const ids = await redis.smembers(`user:${userId}:keys`);
  const keys = await Promise.all(ids.map((id) => redis.get<ApiKey>(`key:${id}`)));
  res.status(200).json({ data: keys.filter(Boolean) });
}

async function createKey(req: NextApiRequest, res: NextApiResponse) {
  const userId = await requireUser(req);
  const { name, scopes } = createKeySchema.parse(req.body);
  const key: ApiKey = { id: randomUUID(), name, scopes, ownerId: userId, createdAt: Date.now() };
  await redis.set(`key:${key.id}`, key);
  await redis.sadd(`user:${userId}:keys`, key.id);
  res.status(201).json({ data: key });
}

export default withApiHandler({
  GET: listKeys,
  POST: createKey,
});
