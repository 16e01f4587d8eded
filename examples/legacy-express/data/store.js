'use strict';

// In-memory data, rebuilt on every process start: every run of the app answers the same.

const users = [
  { id: 'u1', name: 'Ada Lovelace', email: 'ada@example.com', role: 'admin' },
  { id: 'u2', name: 'Grace Hopper', email: 'grace@example.com', role: 'member' },
  { id: 'u3', name: 'Alan Turing', email: 'alan@example.com', role: 'member' },
];

/** Demo credentials, by email. */
const passwords = {
  'ada@example.com': 'analytical',
  'grace@example.com': 'cobol',
};

const items = [
  { id: 1, name: 'Pour-over kettle', price: 45, tags: ['kitchen', 'coffee'] },
  { id: 2, name: 'Paper filters', price: 6, tags: ['coffee'] },
  { id: 3, name: 'Burr grinder', price: 120, tags: ['kitchen', 'coffee'] },
  { id: 4, name: 'Tea towel', price: 8, tags: ['kitchen'] },
  { id: 5, name: 'Steel whisk', price: 12, tags: ['kitchen', 'steel'] },
  { id: 6, name: 'Travel mug', price: 18, tags: ['coffee', 'steel'] },
  { id: 7, name: 'Oven mitt', price: 9, tags: ['kitchen'] },
];

const orders = [
  { id: 'o-100', userId: 'u1', lines: [{ itemId: 1, qty: 1 }], total: 45 },
  { id: 'o-101', userId: 'u2', lines: [{ itemId: 2, qty: 3 }], total: 18 },
  { id: 'o-102', userId: 'u1', lines: [{ itemId: 5, qty: 2 }, { itemId: 7, qty: 1 }], total: 33 },
];

const notes = [
  { id: 1, userId: 'u1', text: 'Order more filters' },
  { id: 2, userId: 'u1', text: 'Call the grinder supplier' },
  { id: 3, userId: 'u2', text: 'Check the returns queue' },
];

/** Help pages served under /api/files/docs/*, by slug. */
const docs = {
  'getting-started': 'Welcome to the shop API.',
  'guides/orders': 'Send X-Api-Key and X-User-Id to place an order.',
  'guides/errors/handling': 'Errors are JSON: { "error": message }.',
};

const counters = { user: 4, order: 103, note: 4 };

/** The next id of a kind: sequential, so ids are the same on every run. */
function nextId(kind) {
  return counters[kind]++;
}

module.exports = { users, passwords, items, orders, notes, docs, nextId };
