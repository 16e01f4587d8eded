import { NextRequest, NextResponse } from 'next/server';
import { cache } from '@/lib/cache';
import { fetchForecast } from '@/lib/weather';

import { legacyQuery } from '../../_lib/legacy-api';

export async function GET(request: NextRequest) {
  const query = legacyQuery(request);
  const city = (query.city as string) || 'London';
  const cached = await cache.get(`forecast:${city}`);
  if (cached) {
    return NextResponse.json(cached, { status: 200 });
  }
  const forecast = await fetchForecast(city);
  await cache.set(`forecast:${city}`, forecast, { ttl: 600 });
  return NextResponse.json(forecast, { status: 200 });
}
