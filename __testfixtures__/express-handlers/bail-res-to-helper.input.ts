// RS304
import type { Request, Response } from 'express';
import { sendError } from '../lib/errors';

export default (req: Request, res: Response) => {
  if (!req.query.id) return sendError(res, 400, 'id is required');
  res.json({ id: req.query.id });
};
