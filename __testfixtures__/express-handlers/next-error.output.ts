import { NextRequest } from 'next/server';
import { loadOrder } from '../../../../lib/orders';
import { HttpError } from '../../../../lib/httpError';

import { expressJson } from '../../../_lib/express-api';

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  if (!request.headers.get('x-api-key'))
    throw new HttpError(401, 'API key required');
  try {
    const order = await loadOrder((await params).id);
    return expressJson(order);
  } catch (err) {
    throw err;
  }
}
