import { NextRequest, NextResponse } from 'next/server';
import { getServerSession } from 'next-auth/next';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/prisma';

async function handler(request: NextRequest) {
  const session = await getServerSession(authOptions);
  if (!session?.user?.email) {
    return NextResponse.json({ message: 'You must be logged in.' }, { status: 401 });
  }

  if (request.method === 'GET') {
    const account = await prisma.user.findUnique({ where: { email: session.user.email } });
    return NextResponse.json(account, { status: 200 });
  }
}

export { handler as GET };
