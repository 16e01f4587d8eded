import { NextRequest } from 'next/server';
import { expressJson } from '../../../_lib/express-api';

// Express 5: /api/assets/*rest gives the segments as an array
export async function GET(_request: NextRequest, { params }: { params: Promise<{ rest: string[] }> }) {
  const segments = (await params).rest as unknown as string[];
  return expressJson({ depth: segments.length, file: segments.join('/') });
}
