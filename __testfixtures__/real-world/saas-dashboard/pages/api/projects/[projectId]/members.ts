import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';

import { authOptions } from '../../auth/[...nextauth]';
import { prisma } from '@/lib/prisma';
import { sendInviteEmail } from '@/lib/email';
import { getProjectForUser } from '../utils';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user) return res.status(401).json({ error: 'Unauthorized' });

  if (req.method === 'GET') return handleGet(req, res);
  if (req.method === 'POST') return handlePost(req, res, session.user.email!);

  res.setHeader('Allow', 'GET, POST');
  return res.status(405).json({ error: `Method ${req.method} not allowed` });
}

async function handleGet(req: NextApiRequest, res: NextApiResponse) {
  const projectId = req.query.projectId as string;
  const members = await prisma.membership.findMany({
    where: { projectId },
    include: { user: { select: { id: true, name: true, email: true, image: true } } },
  });
  res.status(200).json(members);
}

async function handlePost(req: NextApiRequest, res: NextApiResponse, inviterEmail: string) {
  const projectId = req.query.projectId as string;
  const { email, role = 'MEMBER' } = req.body as { email?: string; role?: string };
  if (!email) {
    return res.status(400).json({ error: 'email is required' });
  }

  const project = await getProjectForUser(projectId, inviterEmail);
  if (!project) return res.status(404).json({ error: 'Project not found' });

  const invite = await prisma.invite.create({ data: { projectId, email, role } });
  await sendInviteEmail(email, project.name, invite.token);
  res.status(201).json(invite);
}
