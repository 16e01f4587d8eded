import { createHash, randomBytes } from 'crypto';
import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';

import { authOptions } from '../auth/[...nextauth]';
import { prisma } from '@/lib/prisma';

const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user?.email) {
    return res.status(401).json({ error: 'Unauthorized' });
  }
  const user = await prisma.user.findUniqueOrThrow({ where: { email: session.user.email } });

  if (req.method === 'GET') {
    const keys = await prisma.apiKey.findMany({
      where: { userId: user.id, revokedAt: null },
      select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true },
    });
    return res.status(200).json({ keys });
  } else if (req.method === 'POST') {
    const name = (req.body?.name as string | undefined)?.trim() || 'Default key';
    const secret = `sk_live_${randomBytes(24).toString('base64url')}`;
    await prisma.apiKey.create({
      data: { name, userId: user.id, prefix: secret.slice(0, 12), hashed: hashKey(secret) },
    });
    // The plain key is only ever shown once.
    return res.status(201).json({ key: secret });
  } else if (req.method === 'DELETE') {
    const id = req.query.id;
    if (!id || Array.isArray(id)) return res.status(400).json({ error: 'Missing ?id' });
    await prisma.apiKey.updateMany({ where: { id, userId: user.id }, data: { revokedAt: new Date() } });
    return res.status(200).json({ ok: true });
  }

  res.setHeader('Allow', ['GET', 'POST', 'DELETE']);
  res.status(405).json({ error: 'Method not allowed' });
}
