import type { Request, Response } from 'express';
import store from '../data/store';

export default (req: Request, res: Response) => {
  const { slug, page = '1' } = req.params;
  res.json({ slug, page: Number(page), posts: store.postsOf(slug) });
};
