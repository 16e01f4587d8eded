// Shared queries for the project routes.
// (Lives next to the routes; not an API endpoint itself.)
import { prisma } from '@/lib/prisma';

export async function getProjectForUser(projectId: string, email: string) {
  return prisma.project.findFirst({
    where: {
      id: projectId,
      members: { some: { user: { email }, role: { in: ['OWNER', 'ADMIN'] } } },
    },
  });
}

export function isOwner(role: string | undefined) {
  return role === 'OWNER';
}
