// RS302
import type { Request, Response } from 'express';
import store from '../data/store';

export default (req: Request, res: Response) => {
  store.load((err: Error | null, items: unknown[]) => {
    if (err) return res.sendStatus(500);
    res.json(items);
  });
};
