import type { Request, Response } from 'express';
import store from '../data/store';

// Mounted at /api/users/:userId/notes with mergeParams
export default (req: Request, res: Response) => {
  const { userId, noteId } = req.params;
  const index = store.notes.findIndex((n) => n.userId === userId && String(n.id) === noteId);
  if (index === -1) {
    return res.status(404).json({ error: `Note ${noteId} of ${userId} not found` });
  }
  store.notes.splice(index, 1);
  res.sendStatus(204);
};
