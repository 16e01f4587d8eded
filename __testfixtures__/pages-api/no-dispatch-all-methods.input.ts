import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '@/lib/prisma';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  await prisma.$queryRaw`SELECT 1`;
  res.status(200).json({ status: 'ok', uptime: process.uptime() });
}
