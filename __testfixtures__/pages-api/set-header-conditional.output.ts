import { NextRequest, NextResponse } from 'next/server';
import { getPage } from '@/lib/cms';

import { legacyQuery } from '../../../_lib/legacy-api';

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const query = legacyQuery(request, await params);
  const responseHeaders = new Headers();
  const page = await getPage((await params).slug as string, { preview: query.preview === 'true' });
  if (page.isDraft) {
    responseHeaders.set('Cache-Control', 'private, no-store');
  } else {
    responseHeaders.set('Cache-Control', 'public, s-maxage=3600');
  }
  return NextResponse.json(page, { status: 200, headers: responseHeaders });
}
