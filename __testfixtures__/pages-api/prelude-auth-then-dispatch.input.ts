import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '@/lib/prisma';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.headers.authorization !== `Bearer ${process.env.CRON_SECRET}`) {
    return res.status(401).json({ error: 'Unauthorized' });
  }

  switch (req.method) {
    case 'GET': {
      const pending = await prisma.session.count({ where: { expires: { lt: new Date() } } });
      return res.status(200).json({ pending });
    }
    case 'POST': {
      const { count } = await prisma.session.deleteMany({ where: { expires: { lt: new Date() } } });
      return res.status(200).json({ deleted: count });
    }
  }
}
