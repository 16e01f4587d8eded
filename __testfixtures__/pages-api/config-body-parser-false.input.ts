import type { NextApiRequest, NextApiResponse } from 'next';
import { enqueuePing } from '@/lib/queue';

// The provider posts a large signed payload we never read: skip parsing it.
export const config = {
  api: {
    bodyParser: false,
  },
};

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  await enqueuePing(req.headers['x-delivery-id']);
  res.status(202).end('accepted');
}
