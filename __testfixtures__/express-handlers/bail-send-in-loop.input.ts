// RS305
import type { Request, Response } from 'express';
import store from '../data/store';

export default (req: Request, res: Response) => {
  for (const item of store.items) {
    if (item.name === req.query.name) res.json(item);
  }
  res.sendStatus(404);
};
