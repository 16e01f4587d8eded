import { NextResponse } from 'next/server';
import { getFeatureFlags } from '@/lib/flags';

export async function GET() {
  const flags = await getFeatureFlags();
  return NextResponse.json({ flags }, { status: 200 });
}
