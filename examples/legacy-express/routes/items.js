'use strict';

const express = require('express');

const store = require('../data/store');
const requireApiKey = require('../middleware/requireApiKey');

const router = express.Router();
const PAGE_SIZE = 3;

// ?filter[tag]=kitchen&filter[maxPrice]=20 (nested query), ?page=2
router.get('/', (req, res) => {
  const filter = req.query.filter || {};
  let list = store.items;
  if (filter.tag) list = list.filter((i) => i.tags.includes(filter.tag));
  if (filter.maxPrice !== undefined) {
    const max = Number(filter.maxPrice);
    if (Number.isNaN(max)) {
      return res.status(400).json({ error: 'filter[maxPrice] must be a number' });
    }
    list = list.filter((i) => i.price <= max);
  }
  const page = Math.max(1, parseInt(req.query.page, 10) || 1);
  const slice = list.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  res.set('X-Total-Count', String(list.length));
  res.header('Cache-Control', 'public, max-age=60');
  if (page * PAGE_SIZE < list.length) res.append('Link', `</api/items?page=${page + 1}>; rel="next"`);
  if (page > 1) res.append('Link', `</api/items?page=${page - 1}>; rel="prev"`);
  res.json({ page, items: slice });
});

router.get('/export', (req, res) => {
  const format = req.query.format || 'json';
  switch (format) {
    case 'json':
      return res.send({ count: store.items.length, items: store.items.map((i) => i.name) });
    case 'csv':
      res.attachment('items.csv');
      return res.send(['id,name,price', ...store.items.map((i) => `${i.id},${i.name},${i.price}`)].join('\n') + '\n');
    case 'text':
      return res.type('text').send(store.items.map((i) => i.name).join('\n'));
    case 'html':
      return res.send(`<ul>${store.items.map((i) => `<li>${i.name}</li>`).join('')}</ul>`);
    case 'bin': {
      // 0xCAFE, then every price in cents as a big-endian uint16
      const buf = Buffer.alloc(2 + store.items.length * 2);
      buf.writeUInt16BE(0xcafe, 0);
      store.items.forEach((item, n) => buf.writeUInt16BE(item.price * 100, 2 + n * 2));
      return res.send(buf);
    }
    default:
      return res.sendStatus(400);
  }
});

router.get('/legacy-list', (req, res) => {
  res.redirect(301, '/api/items');
});

// Two params in one segment: /api/items/range/2-4
router.get('/range/:from-:to', (req, res) => {
  const from = Number(req.params.from);
  const to = Number(req.params.to);
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to) {
    return res.status(400).json({ error: 'range must be <from>-<to>' });
  }
  res.json(store.items.filter((i) => i.id >= from && i.id <= to).map((i) => i.id));
});

// A regex-constrained param: /api/items/3/price, not /api/items/abc/price
router.get('/:id(\\d+)/price', (req, res) => {
  const item = store.items.find((i) => i.id === Number(req.params.id));
  if (!item) {
    return res.status(404).json({ error: `Item ${req.params.id} not found` });
  }
  res.json({ id: item.id, price: item.price, currency: 'EUR' });
});

router.get('/:id', (req, res) => {
  const item = store.items.find((i) => String(i.id) === req.params.id);
  if (!item) {
    return res.status(404).json({ error: `Item ${req.params.id} not found` });
  }
  res.json(item);
});

// Registered after /:id: Express never reaches it (GET /api/items/new is "Item new not found").
router.get('/new', (req, res) => {
  res.json({ template: { name: '', price: 0, tags: [] } });
});

router.patch('/:id', requireApiKey, (req, res) => {
  const item = store.items.find((i) => String(i.id) === req.params.id);
  if (!item) {
    return res.status(404).json({ error: `Item ${req.params.id} not found` });
  }
  const price = Number(req.body.price);
  if (req.body.price === undefined || Number.isNaN(price) || price < 0) {
    return res.status(422).json({ error: 'price must be a non-negative number' });
  }
  item.price = price;
  res.json(item);
});

module.exports = router;
