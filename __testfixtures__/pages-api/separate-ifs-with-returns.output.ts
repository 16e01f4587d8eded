import { NextRequest, NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

import { legacyBody } from '../../../_lib/legacy-api';

export async function GET(
  _request: NextRequest,
  { params }: { params: Promise<{ commentId: string }> }
) {
  const commentId = (await params).commentId as string;
  const comment = await prisma.comment.findUnique({ where: { id: commentId } });
  return NextResponse.json(comment, { status: 200 });
}

export async function PATCH(
  request: NextRequest,
  { params }: { params: Promise<{ commentId: string }> }
) {
  const body = await legacyBody(request);
  if (body instanceof Response) return body;

  const commentId = (await params).commentId as string;
  const comment = await prisma.comment.update({
    where: { id: commentId },
    data: { body: body.body },
  });
  return NextResponse.json(comment, { status: 200 });
}

export async function DELETE(
  _request: NextRequest,
  { params }: { params: Promise<{ commentId: string }> }
) {
  const commentId = (await params).commentId as string;
  await prisma.comment.delete({ where: { id: commentId } });
  return new Response(null, { status: 204 });
}
