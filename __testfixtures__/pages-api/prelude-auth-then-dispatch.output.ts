import { NextRequest, NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

async function handler(request: NextRequest) {
  if (request.headers.get('authorization') !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }

  switch (request.method) {
    case 'GET': {
      const pending = await prisma.session.count({ where: { expires: { lt: new Date() } } });
      return NextResponse.json({ pending }, { status: 200 });
    }
    case 'POST': {
      const { count } = await prisma.session.deleteMany({ where: { expires: { lt: new Date() } } });
      return NextResponse.json({ deleted: count }, { status: 200 });
    }
  }
}

export { handler as GET, handler as POST };
