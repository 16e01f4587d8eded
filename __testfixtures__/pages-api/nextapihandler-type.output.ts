import { NextResponse } from 'next/server';
import { getCurrentRelease } from '@/lib/releases';

export async function GET() {
  const release = await getCurrentRelease();

  return NextResponse.json(
    { version: release.version, publishedAt: release.publishedAt },
    { status: 200 }
  );
}
