import type { Request, Response } from 'express';
import store from '../data/store';

// The storefront's catalogue, in one call.
export default (req: Request, res: Response) => {
  res.json({ count: store.items.length, items: store.items });
};
