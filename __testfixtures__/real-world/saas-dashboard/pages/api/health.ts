import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '@/lib/prisma';

type HealthResponse = {
  status: 'ok' | 'degraded';
  db: boolean;
  uptime: number;
  version?: string;
};

export default async function health(_req: NextApiRequest, res: NextApiResponse<HealthResponse>) {
  let db = true;
  try {
    await prisma.$queryRaw`SELECT 1`;
  } catch {
    db = false;
  }

  res.setHeader('Cache-Control', 'no-store');
  res.status(db ? 200 : 503).json({
    status: db ? 'ok' : 'degraded',
    db,
    uptime: process.uptime(),
    version: process.env.VERCEL_GIT_COMMIT_SHA?.slice(0, 7),
  });
}
