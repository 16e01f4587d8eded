import store from '../data/store.js';

const PAGE_SIZE = 3;

// ?filter[tag]=kitchen&filter[maxPrice]=20 (nested query), ?page=2
export default function listItems(req, res) {
  const filter = req.query.filter || {};
  let list = store.items;
  if (filter.tag) list = list.filter((i) => i.tags.includes(filter.tag));
  const page = Math.max(1, parseInt(req.query.page, 10) || 1);
  const slice = list.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  res.set('X-Total-Count', String(list.length));
  res.header('Cache-Control', 'public, max-age=60');
  if (page * PAGE_SIZE < list.length) res.append('Link', `</api/items?page=${page + 1}>; rel="next"`);
  if (page > 1) res.append('Link', `</api/items?page=${page - 1}>; rel="prev"`);
  res.json({ page, items: slice });
}
