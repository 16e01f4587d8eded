import type { GetServerSideProps } from 'next';
import { getServerSession } from 'next-auth/next';

import { authOptions } from '../api/auth/[...nextauth]';
import { prisma } from '@/lib/prisma';

type Props = { projects: { id: string; name: string }[] };

export default function Dashboard({ projects }: Props) {
  return (
    <main>
      <h1>Projects</h1>
      <ul>
        {projects.map((p) => (
          <li key={p.id}>{p.name}</li>
        ))}
      </ul>
    </main>
  );
}

export const getServerSideProps: GetServerSideProps<Props> = async (context) => {
  const session = await getServerSession(context.req, context.res, authOptions);
  if (!session?.user?.email) {
    return { redirect: { destination: '/login', permanent: false } };
  }
  const projects = await prisma.project.findMany({
    where: { members: { some: { user: { email: session.user.email } } } },
    select: { id: true, name: true },
  });
  return { props: { projects } };
};
