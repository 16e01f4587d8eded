import type { Request, Response } from 'express';

export default (req: Request, res: Response) => {
  if (req.query.v === '1') return res.redirect(301, '/api/items');
  if (req.query.back) return res.redirect('back');
  res.redirect('/api/items?page=1');
};
