import type { NextApiRequest, NextApiResponse } from 'next';
import { createUser } from '@/lib/users';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'POST') {
    const user = await createUser(req.body);
    res.status(201).json(user);
  }
}
