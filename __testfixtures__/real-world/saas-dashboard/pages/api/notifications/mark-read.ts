import type { NextApiRequest, NextApiResponse } from 'next';
import { unstable_getServerSession } from 'next-auth/next';

import { authOptions } from '../auth/[...nextauth]';
import { prisma } from '@/lib/prisma';

export default async function markRead(req: NextApiRequest, res: NextApiResponse) {
  const session = await unstable_getServerSession(req, res, authOptions);

  if (!session?.user?.email) {
    res.status(401).json({ message: 'You must be logged in.' });
    return;
  }

  if (req.method !== 'POST') {
    res.setHeader('Allow', ['POST']);
    res.status(405).json({ message: 'Method not allowed' });
    return;
  }

  const ids: string[] | undefined = req.body?.ids;
  const { count } = await prisma.notification.updateMany({
    where: {
      user: { email: session.user.email },
      readAt: null,
      ...(ids?.length ? { id: { in: ids } } : {}),
    },
    data: { readAt: new Date() },
  });

  res.status(200).json({ updated: count });
}
