import { NextRequest, NextResponse } from 'next/server';
import { sendMail } from '@/lib/mailer';

import { legacyBody } from '../../_lib/legacy-api';

export async function POST(request: NextRequest) {
  const body = await legacyBody(request);
  if (body instanceof Response) return body;

  const { name, email, message } = body;
  await sendMail({
    to: process.env.CONTACT_EMAIL!,
    replyTo: email,
    subject: `New message from ${name}`,
    text: message,
  });

  return NextResponse.json({ success: true }, { status: 200 });
}
