import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/prisma';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user?.email) {
    return res.status(401).json({ message: 'You must be logged in.' });
  }

  if (req.method === 'GET') {
    const account = await prisma.user.findUnique({ where: { email: session.user.email } });
    return res.status(200).json(account);
  }
}
