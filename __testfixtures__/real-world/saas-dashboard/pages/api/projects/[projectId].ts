import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';

import { authOptions } from '../auth/[...nextauth]';
import { prisma } from '@/lib/prisma';
import { projectPatchSchema } from '@/lib/validations/project';

export default async function projectHandler(req: NextApiRequest, res: NextApiResponse) {
  const {
    query: { projectId },
    method,
  } = req;

  const session = await getServerSession(req, res, authOptions);
  if (!session?.user?.email) {
    return res.status(401).json({ message: 'Not authenticated' });
  }

  const project = await prisma.project.findFirst({
    where: { id: String(projectId), members: { some: { user: { email: session.user.email } } } },
  });
  if (!project) {
    return res.status(404).json({ message: `Project ${projectId} not found` });
  }

  if (method === 'GET') {
    return res.status(200).json(project);
  } else if (method === 'PATCH') {
    const parsed = projectPatchSchema.safeParse(req.body);
    if (!parsed.success) {
      return res.status(422).json({ message: 'Invalid payload', issues: parsed.error.issues });
    }
    const updated = await prisma.project.update({ where: { id: project.id }, data: parsed.data });
    return res.status(200).json(updated);
  } else if (method === 'DELETE') {
    await prisma.project.delete({ where: { id: project.id } });
    return res.status(204).end();
  } else {
    res.setHeader('Allow', ['GET', 'PATCH', 'DELETE']);
    res.status(405).end(`Method ${method} Not Allowed`);
  }
}
