import type { NextFunction, Request, Response } from 'express';
import { loadOrder } from '../lib/orders';
import { HttpError } from '../lib/httpError';

export default async (req: Request, res: Response, next: NextFunction) => {
  if (!req.get('x-api-key')) return next(new HttpError(401, 'API key required'));
  try {
    const order = await loadOrder(req.params.id);
    res.json(order);
  } catch (err) {
    next(err);
  }
};
