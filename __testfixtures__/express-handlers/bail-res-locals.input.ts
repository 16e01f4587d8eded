// RS303
import type { Request, Response } from 'express';

export default (req: Request, res: Response) => {
  res.json({ user: res.locals.user });
};
