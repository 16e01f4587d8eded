import type { Request, Response } from 'express';
import { validate } from '../lib/validate';

export default async (req: Request, res: Response) => {
  const errors = validate(req.body);
  if (errors.length) res.status(422);
  else res.statusCode = 202;
  res.json({ errors });
};
