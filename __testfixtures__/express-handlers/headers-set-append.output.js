import store from '../../../data/store.js';

import { expressJson, expressQuery, setExpressHeader } from '../../_lib/express-api';

const PAGE_SIZE = 3;

// ?filter[tag]=kitchen&filter[maxPrice]=20 (nested query), ?page=2
export function GET(request) {
  const query = expressQuery(request);
  const responseHeaders = new Headers();
  const filter = query.filter || {};
  let list = store.items;
  if (filter.tag) list = list.filter((i) => i.tags.includes(filter.tag));
  const page = Math.max(1, parseInt(query.page, 10) || 1);
  const slice = list.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  setExpressHeader(responseHeaders, 'X-Total-Count', String(list.length));
  responseHeaders.set('Cache-Control', 'public, max-age=60');
  if (page * PAGE_SIZE < list.length) responseHeaders.append('Link', `</api/items?page=${page + 1}>; rel="next"`);
  if (page > 1) responseHeaders.append('Link', `</api/items?page=${page - 1}>; rel="prev"`);
  return expressJson({ page, items: slice }, { headers: responseHeaders });
}
