import { NextRequest } from 'next/server';
import store from '../../../../data/store';

import { expressJson } from '../../../_lib/express-api';

export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const routeParams = await params;
  const item = store.items.find((i) => String(i.id) === routeParams.id);
  if (!item) {
    return expressJson({ error: `Item ${routeParams.id} not found` }, { status: 404 });
  }
  return expressJson(item);
}
