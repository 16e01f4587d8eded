import { NextRequest, NextResponse } from 'next/server';
import { generateMonthlyReport } from '@/lib/reports';

import { legacyBody } from '../../../_lib/legacy-api';
export const runtime = 'nodejs';
export const maxDuration = 60;

export async function POST(request: NextRequest) {
  const body = await legacyBody(request);
  if (body instanceof Response) return body;

  const report = await generateMonthlyReport(body.month);
  return NextResponse.json(report, { status: 200 });
}
