import { NextRequest } from 'next/server';
import store from '../../../../data/store';

import { expressJson } from '../../../_lib/express-api';

// The sibling route /api/items/:itemId/price makes this folder [itemId] too.
export async function GET(_request: NextRequest, { params }: { params: Promise<{ itemId: string }> }) {
  const routeParams = await params;
  const item = store.items.find((i) => String(i.id) === routeParams.itemId);
  if (!item) return expressJson({ error: 'not found' }, { status: 404 });
  const { itemId: id } = routeParams;
  return expressJson({ id, same: routeParams.itemId === id, item });
}
