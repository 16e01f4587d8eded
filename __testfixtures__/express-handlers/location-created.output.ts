import { NextRequest } from 'next/server';
import store from '../../../data/store';

import { expressBody, expressJson, expressLocation } from '../../_lib/express-api';

export async function POST(request: NextRequest) {
  const body = await expressBody(request);
  if (body instanceof Error) throw body;

  const responseHeaders = new Headers();
  const item = store.add(body);
  expressLocation(request, responseHeaders, `/api/items/${item.id}`);
  return expressJson(item, { status: 201, headers: responseHeaders });
}
