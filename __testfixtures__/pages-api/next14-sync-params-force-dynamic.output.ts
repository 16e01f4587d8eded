import { NextRequest, NextResponse } from 'next/server';
import { getExchangeRate } from '@/lib/rates';

export const dynamic = 'force-dynamic';

export async function GET(_request: NextRequest, { params }: { params: { currency: string } }) {
  const { currency } = params;
  const rate = await getExchangeRate(String(currency));
  return NextResponse.json({ currency, rate, fetchedAt: new Date().toISOString() }, { status: 200 });
}
