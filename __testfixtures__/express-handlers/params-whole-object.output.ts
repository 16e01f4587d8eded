import { NextRequest } from 'next/server';
import { expressJson } from '../../../../_lib/express-api';

export async function GET(
  _request: NextRequest,
  { params }: { params: Promise<{ year: string; month?: string[] }> }
) {
  return expressJson({ params: {
    year: (await params).year,
    month: (await params).month?.[0]
  } });
}
