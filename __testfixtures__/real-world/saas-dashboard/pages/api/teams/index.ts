import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';

import { authOptions } from '../auth/[...nextauth]';
import { prisma } from '@/lib/prisma';

const slugify = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/(^-|-$)/g, '');

export default async function teams(request: NextApiRequest, response: NextApiResponse) {
  const session = await getServerSession(request, response, authOptions);
  if (!session?.user?.email) {
    return response.status(401).send('Unauthorized');
  }

  const { method } = request;
  switch (method) {
    case 'GET':
      const teams = await prisma.team.findMany({
        where: { members: { some: { user: { email: session.user.email } } } },
        include: { _count: { select: { members: true } } },
      });
      response.status(200).json(teams);
      break;
    case 'POST':
      const { name } = request.body;
      if (!name || name.length < 2) {
        return response.status(400).json({ error: 'Team name is too short' });
      }
      const slug = slugify(name);
      const existing = await prisma.team.findUnique({ where: { slug } });
      if (existing) {
        return response.status(409).json({ error: `A team called "${name}" already exists` });
      }
      const team = await prisma.team.create({
        data: { name, slug, members: { create: { role: 'OWNER', user: { connect: { email: session.user.email } } } } },
      });
      response.status(201).json(team);
      break;
    default:
      response.setHeader('Allow', ['GET', 'POST']);
      response.status(405).end(`Method ${method} Not Allowed`);
  }
}
