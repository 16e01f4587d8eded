import { NextRequest, NextResponse } from 'next/server';
import { searchArticles } from '@/lib/search';

import { legacyQuery } from '../../_lib/legacy-api';

export async function GET(request: NextRequest) {
  const query = legacyQuery(request);
  const q = query.q as string;
  const page = Number(query.page ?? 1);
  if (!q) {
    return NextResponse.json({ error: 'Missing query parameter "q"' }, { status: 400 });
  }
  const results = await searchArticles(q, { page, perPage: 20 });
  return NextResponse.json(results, { status: 200 });
}
