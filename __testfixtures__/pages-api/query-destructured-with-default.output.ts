import { NextRequest, NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

import { legacyQuery } from '../../../../_lib/legacy-api';

export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ projectId: string }> }
) {
  const query = legacyQuery(request, await params);
  const { projectId, status = 'open', limit = '20' } = query;
  const tasks = await prisma.task.findMany({
    where: { projectId: String(projectId), status: String(status) },
    take: parseInt(limit as string, 10),
  });
  return NextResponse.json(tasks, { status: 200 });
}
