import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

async function handler() {
  await prisma.$queryRaw`SELECT 1`;
  return NextResponse.json({ status: 'ok', uptime: process.uptime() }, { status: 200 });
}

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
