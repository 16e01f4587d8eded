import { NextRequest, NextResponse } from 'next/server';
import { subscribe } from '@/lib/newsletter';

import { legacyBody } from '../../_lib/legacy-api';

export async function POST(request: NextRequest) {
  const body = await legacyBody(request);
  if (body instanceof Response) return body;

  const { email } = body;
  if (!email) {
    return NextResponse.json({ message: 'Email is required' }, { status: 400 });
  }

  await subscribe(email);
  return NextResponse.json({ message: 'Subscribed' }, { status: 201 });
}
