import type { Request, Response } from 'express';
import store from '../data/store';

const API_KEY = process.env.API_KEY ?? 'dev-key';

function isAuthorized(req: Request): boolean {
  return req.get('X-Api-Key') === API_KEY || req.query.key === API_KEY;
}

export default (req: Request, res: Response) => {
  if (!isAuthorized(req)) {
    return res.status(401).json({ error: 'API key required' });
  }
  res.json(store.stats());
};
