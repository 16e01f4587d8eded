// RS201
import type { Request, Response } from 'express';

export default (req: Request, res: Response) => {
  res.json({ ip: req.ip });
};
