'use strict';

const store = require('../data/store');
const { httpError } = require('../lib/httpError');

/** GET /api/orders (the caller's orders, or all of them) and GET /api/orders/:id (one). */
async function getOrders(req, res) {
  const { id } = req.params;
  if (id) {
    const order = store.orders.find((o) => o.id === id);
    if (!order) {
      return res.sendStatus(404);
    }
    if (req.user && req.user.role !== 'admin' && order.userId !== req.user.id) {
      return res.status(403).json({ error: 'Not your order' });
    }
    return res.json(order);
  }
  const list = req.user ? store.orders.filter((o) => o.userId === req.user.id) : store.orders;
  res.json({ user: res.locals.userId, count: list.length, orders: list.map((o) => o.id) });
}

async function createOrder(req, res) {
  if (!req.user) {
    throw httpError(401, 'X-User-Id must name a known user');
  }
  const { lines } = req.body;
  if (!Array.isArray(lines) || lines.length === 0) {
    throw httpError(422, 'lines must be a non-empty array');
  }
  const priced = lines.map((line) => {
    const item = store.items.find((i) => i.id === Number(line.itemId));
    // A plain Error: the error handler answers a generic 500.
    if (!item) throw new Error(`Unknown item ${line.itemId}`);
    const qty = Number(line.qty) || 1;
    return { itemId: item.id, qty, amount: item.price * qty };
  });
  const order = {
    id: `o-${store.nextId('order')}`,
    userId: req.user.id,
    lines: priced.map(({ itemId, qty }) => ({ itemId, qty })),
    total: priced.reduce((sum, l) => sum + l.amount, 0),
  };
  store.orders.push(order);
  res.status(201).location(`/api/orders/${order.id}`).json(order);
}

function receipt(req, res) {
  const order = store.orders.find((o) => o.id === req.params.id);
  if (!order) {
    return res.sendStatus(404);
  }
  const lines = order.lines.map((l) => {
    const item = store.items.find((i) => i.id === l.itemId);
    return `${l.qty} x ${item.name} @ ${item.price}`;
  });
  res.attachment(`receipt-${order.id}.txt`);
  res.send([`Receipt ${order.id}`, ...lines, `Total: ${order.total}`].join('\n') + '\n');
}

module.exports = { getOrders, createOrder, receipt };
