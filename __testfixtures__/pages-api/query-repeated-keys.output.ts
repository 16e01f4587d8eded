import { NextRequest, NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

import { legacyQuery } from '../../../_lib/legacy-api';

// GET /api/posts/by-tag?tag=react&tag=nextjs
export async function GET(request: NextRequest) {
  const query = legacyQuery(request);
  const { tag } = query;
  const tags = Array.isArray(tag) ? tag : tag ? [tag] : [];
  const posts = await prisma.post.findMany({
    where: { tags: { some: { name: { in: tags } } } },
  });
  return NextResponse.json(posts, { status: 200 });
}
