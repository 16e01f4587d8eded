import { loadOrders } from '../../../lib/orders.js';

import { expressJson, expressQuery } from '../../_lib/express-api';

// The older controllers hand promise errors to the error handler.
export async function GET(request) {
  const query = expressQuery(request);

  try {
    const orders = await loadOrders({ status: query.status });
    return expressJson(orders);
  } catch (error) {
    throw error;
  }
}
