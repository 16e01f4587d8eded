import { NextRequest, NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

import { legacyBody } from '../../_lib/legacy-api';

export async function GET() {
  const tags = await prisma.tag.findMany({ orderBy: { name: 'asc' } });
  return NextResponse.json(tags, { status: 200 });
}

export async function POST(request: NextRequest) {
  const body = await legacyBody(request);
  if (body instanceof Response) return body;

  const tag = await prisma.tag.create({ data: { name: body.name } });
  return NextResponse.json(tag, { status: 201 });
}
