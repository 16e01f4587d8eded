import { NextRequest, NextResponse } from 'next/server';
import { importContacts } from '@/lib/contacts';

import { legacyBody } from '../../_lib/legacy-api';

export async function POST(request: NextRequest) {
  const body = await legacyBody(request);
  if (body instanceof Response) return body;

  const summary = await importContacts(body.contacts);
  return NextResponse.json(summary, { status: 200 });
}
