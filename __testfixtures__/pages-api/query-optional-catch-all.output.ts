import { NextRequest, NextResponse } from 'next/server';
import { listDirectory } from '@/lib/storage';

export async function GET(
  _request: NextRequest,
  { params }: { params: Promise<{ slug?: string[] }> }
) {
  const segments = ((await params).slug as string[] | undefined) ?? [];
  const entries = await listDirectory(segments.join('/'));
  return NextResponse.json({ path: '/' + segments.join('/'), entries }, { status: 200 });
}
