import type { Request, Response } from 'express';

export default (req: Request, res: Response) => {
  if (req.method === 'HEAD') return res.status(204).end();
  res.end('plain text');
};
