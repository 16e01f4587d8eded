import { NextRequest } from 'next/server';
import store from '../../../../data/store';

import { expressJson, expressQuery } from '../../../_lib/express-api';

export function GET(request: NextRequest) {
  const query = expressQuery(request);
  const filter = (query.filter || {}) as { tag?: string; maxPrice?: string };
  let list = store.items;
  if (filter.tag) list = list.filter((i) => i.tags.includes(filter.tag));
  if (filter.maxPrice !== undefined) {
    const max = Number(filter.maxPrice);
    if (Number.isNaN(max)) {
      return expressJson({ error: 'filter[maxPrice] must be a number' }, { status: 400 });
    }
    list = list.filter((i) => i.price <= max);
  }
  return expressJson({ query: query, items: list });
}
