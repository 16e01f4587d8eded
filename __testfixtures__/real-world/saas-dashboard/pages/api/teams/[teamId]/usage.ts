import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';

import { authOptions } from '../../auth/[...nextauth]';
import { prisma } from '@/lib/prisma';

const DAY = 24 * 60 * 60 * 1000;

function parseDate(value: string | string[] | undefined, fallback: Date): Date {
  if (typeof value !== 'string') return fallback;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? fallback : date;
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: 'Unauthorized' });

  const { teamId, from, to, groupBy = 'day' } = req.query;
  const end = parseDate(to, new Date());
  const start = parseDate(from, new Date(end.getTime() - 30 * DAY));

  const rows = await prisma.usageEvent.groupBy({
    by: ['day'],
    where: { teamId: teamId as string, createdAt: { gte: start, lte: end } },
    _sum: { units: true },
    orderBy: { day: 'asc' },
  });

  res.setHeader('Cache-Control', 'private, max-age=60');
  res.status(200).json({
    teamId,
    groupBy,
    range: { from: start.toISOString(), to: end.toISOString() },
    data: rows.map((r) => ({ day: r.day, units: r._sum.units ?? 0 })),
  });
}
