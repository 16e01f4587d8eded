import { NextRequest, NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

import { legacyBody } from '../../_lib/legacy-api';

export async function POST(request: NextRequest) {
  const body = await legacyBody(request);
  if (body instanceof Response) return body;

  if (!body.title) {
    return NextResponse.json({ error: 'A title is required' }, { status: 400 });
  }
  const post = await prisma.post.create({ data: body });
  return NextResponse.json(post, { status: 201 });
}
