import type { Request, Response } from 'express';

// app.get('/health'): a route of the app itself, no mount
export default (req: Request, res: Response) => {
  res.type('txt').send(`ok ${req.path} ${req.url}`);
};
