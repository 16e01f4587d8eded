import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';

import { authOptions } from '../../auth/[...nextauth]';
import { prisma } from '@/lib/prisma';

const MAX_PAGE = 100;

export default async function activity(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user?.email) {
    return res.status(401).json({ error: 'Unauthorized' });
  }

  const { projectId, cursor, take = '20', type } = req.query as Record<string, string | undefined>;
  const limit = Math.min(parseInt(take!, 10) || 20, MAX_PAGE);

  const events = await prisma.activity.findMany({
    where: {
      projectId,
      project: { members: { some: { user: { email: session.user.email } } } },
      ...(type ? { type } : {}),
    },
    orderBy: { createdAt: 'desc' },
    take: limit + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    include: { actor: { select: { name: true, image: true } } },
  });

  const hasMore = events.length > limit;
  const items = hasMore ? events.slice(0, limit) : events;

  return res.status(200).json({
    items,
    nextCursor: hasMore ? items[items.length - 1].id : null,
  });
}
