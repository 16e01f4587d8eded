import type { Request, Response } from 'express';
import store from '../data/store';

export default (req: Request, res: Response) => {
  const filter = (req.query.filter || {}) as { tag?: string; maxPrice?: string };
  let list = store.items;
  if (filter.tag) list = list.filter((i) => i.tags.includes(filter.tag));
  if (filter.maxPrice !== undefined) {
    const max = Number(filter.maxPrice);
    if (Number.isNaN(max)) {
      return res.status(400).json({ error: 'filter[maxPrice] must be a number' });
    }
    list = list.filter((i) => i.price <= max);
  }
  res.json({ query: req.query, items: list });
};
