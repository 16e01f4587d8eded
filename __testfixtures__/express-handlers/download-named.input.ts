import type { Request, Response } from 'express';
import { reportPath } from '../reports';

export default async (req: Request, res: Response) => {
  const file = await reportPath(req.params.id);
  if (!file) return res.status(404).json({ error: 'no such report' });
  res.set('X-Report-Id', req.params.id);
  res.download(file, `report-${req.params.id}.csv`);
};
