import type { Request, Response } from 'express';
import store from '../data/store';

export default (req: Request, res: Response) => {
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
};
