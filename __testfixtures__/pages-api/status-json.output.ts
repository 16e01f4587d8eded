import { NextRequest, NextResponse } from 'next/server';
import { createUser } from '@/lib/users';

import { legacyBody } from '../../_lib/legacy-api';

export async function POST(request: NextRequest) {
  const body = await legacyBody(request);
  if (body instanceof Response) return body;

  const user = await createUser(body);
  return NextResponse.json(user, { status: 201 });
}
