import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import * as z from 'zod';

import { authOptions } from '../auth/[...nextauth]';
import { prisma } from '@/lib/prisma';
import { projectCreateSchema } from '@/lib/validations/project';

const MAX_FREE_PROJECTS = 3;

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) {
    return res.status(403).end();
  }
  const userId = (session.user as { id: string }).id;

  switch (req.method) {
    case 'GET': {
      const projects = await prisma.project.findMany({
        where: { members: { some: { userId } }, archived: false },
        orderBy: { updatedAt: 'desc' },
      });
      return res.status(200).json(projects);
    }
    case 'POST': {
      try {
        const count = await prisma.project.count({ where: { ownerId: userId } });
        if (count >= MAX_FREE_PROJECTS) {
          return res.status(402).json({ error: 'Upgrade to create more projects' });
        }
        const body = projectCreateSchema.parse(req.body);
        const project = await prisma.project.create({
          data: { ...body, ownerId: userId, members: { create: { userId, role: 'OWNER' } } },
        });
        return res.status(201).json(project);
      } catch (error) {
        if (error instanceof z.ZodError) {
          return res.status(422).json(error.issues);
        }
        return res.status(500).end();
      }
    }
    default:
      res.setHeader('Allow', ['GET', 'POST']);
      return res.status(405).end(`Method ${req.method} Not Allowed`);
  }
}
