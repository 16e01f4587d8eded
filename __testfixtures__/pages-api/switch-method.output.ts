import { NextRequest, NextResponse } from 'next/server';
import { getSettings, updateSettings } from '@/lib/settings';

import { legacyBody } from '../../_lib/legacy-api';

export async function GET() {
  const settings = await getSettings();
  return NextResponse.json(settings, { status: 200 });
}

export async function PUT(request: NextRequest) {
  const body = await legacyBody(request);
  if (body instanceof Response) return body;

  const settings = await updateSettings(body);
  return NextResponse.json(settings, { status: 200 });
}
