import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '@/lib/prisma';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'DELETE') {
    await prisma.session.delete({ where: { id: req.query.sessionId as string } });
    res.status(204).end();
  }
}
