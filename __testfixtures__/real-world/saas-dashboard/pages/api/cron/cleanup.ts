import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '@/lib/prisma';

// Vercel cron: see vercel.json ("0 3 * * *")
export const config = {
  maxDuration: 60,
};

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.headers.authorization !== `Bearer ${process.env.CRON_SECRET}`) {
    return res.status(401).end('Unauthorized');
  }

  const cutoff = new Date(Date.now() - 1000 * 60 * 60 * 24 * 7);

  const [invites, sessions, tokens] = await prisma.$transaction([
    prisma.invite.deleteMany({ where: { acceptedAt: null, createdAt: { lt: cutoff } } }),
    prisma.session.deleteMany({ where: { expires: { lt: new Date() } } }),
    prisma.verificationToken.deleteMany({ where: { expires: { lt: new Date() } } }),
  ]);

  console.log(`[cron] removed ${invites.count} invites, ${sessions.count} sessions, ${tokens.count} tokens`);
  res.status(200).json({ invites: invites.count, sessions: sessions.count, tokens: tokens.count });
}
