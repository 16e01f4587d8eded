// RS301
import type { Request, Response } from 'express';
import { audit } from '../lib/audit';

export default (req: Request, res: Response) => {
  res.status(202).json({ accepted: true });
  audit('job accepted', req.body);
};
