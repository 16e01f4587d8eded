import type { Request, Response } from 'express';

// Express 5: /api/assets/*rest gives the segments as an array
export default (req: Request, res: Response) => {
  const segments = req.params.rest as unknown as string[];
  res.json({ depth: segments.length, file: segments.join('/') });
};
