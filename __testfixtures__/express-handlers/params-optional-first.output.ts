import { NextRequest } from 'next/server';
import store from '../../../../data/store';

import { expressJson, expressSendStatus } from '../../../_lib/express-api';

// /api/orders and /api/orders/7 (Express 4's optional param)
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id?: string[] }> }) {
  const routeParams = await params;
  if (!routeParams.id?.[0]) return expressJson(store.orders);
  const order = store.orders.find((o) => String(o.id) === routeParams.id?.[0]);
  if (!order) return expressSendStatus(404);
  return expressJson(order);
}
