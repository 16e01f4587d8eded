import type { Request, Response } from 'express';

export default (req: Request, res: Response) => {
  const name = 'x-trace';
  res.json({
    userAgent: req.get('User-Agent') || null,
    accept: req.header('accept') || null,
    referer: req.get('Referer'),
    requestId: req.headers['x-request-id'] || null,
    trace: req.get(name),
    json: req.get('Content-Type') === 'application/json',
    all: req.headers,
  });
};
