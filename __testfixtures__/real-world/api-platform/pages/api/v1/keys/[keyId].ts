import type { NextApiResponse } from 'next';

import { redis, type ApiKey } from '~/lib/db';
import { ApiError } from '~/lib/api/errors';
import { withAuth, type AuthedRequest } from '~/lib/api/with-auth';
import { withErrorHandler } from '~/lib/api/with-error-handler';
import { updateKeySchema } from '../schemas';

async function handler(req: AuthedRequest, res: NextApiResponse) {
  const keyId = req.query.keyId as string;
  const key = await redis.get<ApiKey>(`key:${keyId}`);
  if (!key || key.ownerId !== req.userId) {
    throw new ApiError(404, 'API key not found');
  }

  switch (req.method) {
    case 'GET':
      return res.json({ data: key });
    case 'PATCH': {
      const patch = updateKeySchema.parse(req.body);
      const updated = { ...key, ...patch };
      await redis.set(`key:${keyId}`, updated);
      return res.json({ data: updated });
    }
    case 'DELETE':
      await redis.del(`key:${keyId}`);
      await redis.srem(`user:${req.userId}:keys`, keyId);
      return res.status(204).end();
    default:
      res.setHeader('Allow', ['GET', 'PATCH', 'DELETE']);
      return res.status(405).end();
  }
}

export default withAuth(withErrorHandler(handler as any));
