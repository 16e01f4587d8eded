import { NextRequest } from 'next/server';
import store from '../../../../data/store';

import { expressBody, expressJson } from '../../../_lib/express-api';

export async function PATCH(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const body = await expressBody(request);
  if (body instanceof Error) throw body;

  const routeParams = await params;
  const item = store.items.find((i) => String(i.id) === routeParams.id);
  if (!item) {
    return expressJson({ error: `Item ${routeParams.id} not found` }, { status: 404 });
  }
  const price = Number(body.price);
  if (body.price === undefined || Number.isNaN(price) || price < 0) {
    return expressJson({ error: 'price must be a non-negative number' }, { status: 422 });
  }
  item.price = price;
  return expressJson(item);
}
