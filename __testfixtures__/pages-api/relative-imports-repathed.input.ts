import type { NextApiRequest, NextApiResponse } from 'next';
import { db } from '../../../lib/db';
import type { PublicUser } from '../../../types/user';

export default async function handler(req: NextApiRequest, res: NextApiResponse<PublicUser | { error: string }>) {
  if (req.method === 'GET') {
    const user = await db.user.findUnique({
      where: { id: req.query.id as string },
      select: { id: true, name: true, image: true },
    });
    if (!user) {
      return res.status(404).json({ error: 'User not found' });
    }
    return res.status(200).json(user);
  }
}
