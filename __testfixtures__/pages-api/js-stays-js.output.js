import { NextResponse } from 'next/server';
import { addSubscriber } from '../../../lib/mailchimp';

import { legacyBody } from '../../_lib/legacy-api';

export async function POST(request) {
  const body = await legacyBody(request);
  if (body instanceof Response) return body;

  const { email } = body;
  if (!email || !email.includes('@')) {
    return NextResponse.json({ error: 'A valid email is required' }, { status: 400 });
  }

  try {
    await addSubscriber(email);
    return NextResponse.json({ error: '' }, { status: 201 });
  } catch (error) {
    return NextResponse.json({ error: error.message || error.toString() }, { status: 500 });
  }
}
