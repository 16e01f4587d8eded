import { NextRequest, NextResponse } from 'next/server';
import { contactSchema } from '@/lib/validation';
import { queueContactEmail } from '@/lib/mailer';

import { legacyBody } from '../../_lib/legacy-api';

export async function POST(request: NextRequest) {
  const body = await legacyBody(request);
  if (body instanceof Response) return body;

  let responseStatus = 200;
  const parsed = contactSchema.safeParse(body);
  if (!parsed.success) {
    responseStatus = 400;
    return NextResponse.json({ errors: parsed.error.flatten().fieldErrors }, { status: responseStatus });
  }

  await queueContactEmail(parsed.data);
  responseStatus = 202;
  return NextResponse.json({ queued: true }, { status: responseStatus });
}
