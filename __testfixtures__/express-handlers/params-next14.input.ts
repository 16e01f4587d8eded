import type { Request, Response } from 'express';
import store from '../data/store';

export default (req: Request, res: Response) => {
  const user = store.users.find((u) => u.id === req.params.id);
  res.json(user ?? null);
};
