import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '@/lib/prisma';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const { projectId, status = 'open', limit = '20' } = req.query;
    const tasks = await prisma.task.findMany({
      where: { projectId: String(projectId), status: String(status) },
      take: parseInt(limit as string, 10),
    });
    return res.status(200).json(tasks);
  }
}
