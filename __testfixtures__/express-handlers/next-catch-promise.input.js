import { loadOrders } from '../lib/orders.js';

// The older controllers hand promise errors to the error handler.
export default function listOrders(req, res, next) {
  return loadOrders({ status: req.query.status })
    .then((orders) => res.json(orders))
    .catch(next);
}
