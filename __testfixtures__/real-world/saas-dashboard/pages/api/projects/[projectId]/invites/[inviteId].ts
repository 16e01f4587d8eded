import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';

import { authOptions } from '../../../auth/[...nextauth]';
import { prisma } from '@/lib/prisma';

// Revokes a pending invitation.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'DELETE') {
    res.setHeader('Allow', ['DELETE']);
    return res.status(405).end(`Method ${req.method} Not Allowed`);
  }

  const session = await getServerSession(req, res, authOptions);
  if (!session) {
    return res.status(401).json({ error: 'You must be signed in' });
  }

  const { projectId, inviteId } = req.query as { projectId: string; inviteId: string };
  const invite = await prisma.invite.findUnique({ where: { id: inviteId } });
  if (!invite || invite.projectId !== projectId) {
    return res.status(404).json({ error: 'Invite not found' });
  }
  if (invite.acceptedAt) {
    return res.status(409).json({ error: 'Invite was already accepted' });
  }

  await prisma.invite.delete({ where: { id: inviteId } });
  return res.status(204).end();
}
