import type { Request, Response } from 'express';
import store from '../data/store';

export default (req: Request, res: Response) => {
  const item = store.add(req.body);
  res.location(`/api/items/${item.id}`).status(201).json(item);
};
