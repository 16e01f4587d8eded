import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '@/lib/prisma';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'DELETE') {
    const orgId = req.query.orgId as string;
    const memberId = req.query.memberId as string;
    await prisma.membership.delete({
      where: { orgId_userId: { orgId, userId: memberId } },
    });
    return res.status(204).end();
  }
}
