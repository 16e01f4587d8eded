import { Request, Response } from 'express';
import store from '../data/store';

export default function getItem(req: Request, res: Response) {
  const item = store.items.find((i) => String(i.id) === req.params.id);
  if (!item) {
    return res.status(404).json({ error: `Item ${req.params.id} not found` });
  }
  res.json(item);
}
