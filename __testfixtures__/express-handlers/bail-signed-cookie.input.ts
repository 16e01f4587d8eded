// RS303
import type { Request, Response } from 'express';

export default (req: Request, res: Response) => {
  res.cookie('sid', 'abc', { signed: true, httpOnly: true });
  res.sendStatus(204);
};
