import type { Request, Response } from 'express';
import store from '../data/store';

// The sibling route /api/items/:itemId/price makes this folder [itemId] too.
export default (req: Request, res: Response) => {
  const item = store.items.find((i) => String(i.id) === req.params.id);
  if (!item) return res.status(404).json({ error: 'not found' });
  const { id } = req.params;
  res.json({ id, same: req.params['id'] === id, item });
};
