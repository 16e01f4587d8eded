// RS303
import type { Request, Response } from 'express';

export default (req: Request, res: Response) => {
  res.render('items', { title: 'Items' });
};
