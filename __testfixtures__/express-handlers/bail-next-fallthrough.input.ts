// RS105
import type { NextFunction, Request, Response } from 'express';

export default (req: Request, res: Response, next: NextFunction) => {
  if (req.params.id === 'new') return next();
  res.json({ id: req.params.id });
};
