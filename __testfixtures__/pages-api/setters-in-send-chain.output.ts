import { NextRequest, NextResponse } from 'next/server';
import { listItems } from '@/lib/items';

import { legacyQuery, setLegacyHeader } from '../../_lib/legacy-api';

async function handler(request: NextRequest) {
  const query = legacyQuery(request);
  const responseHeaders = new Headers();
  const items = await listItems();
  if (query.cached) {
    responseHeaders.set('Cache-Control', 's-maxage=60');
    return NextResponse.json(items, { status: 200, headers: responseHeaders });
  }
  setLegacyHeader(responseHeaders, 'X-Total-Count', String(items.length));
  return NextResponse.json(items, { headers: responseHeaders });
}

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
