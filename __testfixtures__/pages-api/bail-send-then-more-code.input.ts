// RS301
import type { NextApiRequest, NextApiResponse } from 'next';
import { syncUser } from '@/lib/users';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }

  const event = req.body;
  // Acknowledge right away so the webhook does not time out, then do the work.
  res.status(200).json({ received: true });

  if (event.type === 'user.created' || event.type === 'user.updated') {
    await syncUser(event.data);
  }
}
