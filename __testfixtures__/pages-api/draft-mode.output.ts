import { NextRequest, NextResponse } from 'next/server';
import { draftMode } from 'next/headers';
import { legacyQuery } from '../../_lib/legacy-api';

async function handler(request: NextRequest) {
  const query = legacyQuery(request);
  if (query.off) {
    (await draftMode()).disable();
    return NextResponse.json({ draft: false }, { status: 200 });
  }
  (await draftMode()).enable();
  return NextResponse.json({ draft: true }, { status: 200 });
}

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
