import { NextRequest } from 'next/server';
import { fetchRates } from '../../../lib/rates';

import { expressQuery, expressSend } from '../../_lib/express-api';

export async function GET(request: NextRequest) {
  const query = expressQuery(request);
  const responseHeaders = new Headers();
  const currency = String(query.currency ?? 'EUR').toUpperCase();
  const rates = await fetchRates(currency);
  responseHeaders.set('Cache-Control', 'max-age=300');
  return expressSend(rates, { status: 200, headers: responseHeaders });
}
