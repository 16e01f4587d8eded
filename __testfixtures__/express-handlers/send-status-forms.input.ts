import type { Request, Response } from 'express';
import store from '../data/store';

export default (req: Request, res: Response) => {
  const index = store.notes.findIndex((n) => String(n.id) === req.params.noteId);
  if (index === -1) return res.send(404);
  store.notes.splice(index, 1);
  res.sendStatus(204);
};
