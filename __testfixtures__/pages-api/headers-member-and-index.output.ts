import { NextRequest, NextResponse } from 'next/server';
import { verifyApiKey, recordEvent } from '@/lib/analytics';

import { legacyBody } from '../../../_lib/legacy-api';

export async function POST(request: NextRequest) {
  const body = await legacyBody(request);
  if (body instanceof Response) return body;

  const apiKey = request.headers.get('x-api-key') ?? undefined;
  const token = request.headers.get('authorization')?.replace('Bearer ', '');
  const project = await verifyApiKey((apiKey ?? token) as string);
  if (!project) {
    return NextResponse.json({ error: 'Invalid API key' }, { status: 401 });
  }

  await recordEvent(project.id, body, { userAgent: request.headers.get('user-agent') ?? undefined });
  return NextResponse.json({ accepted: true }, { status: 202 });
}
