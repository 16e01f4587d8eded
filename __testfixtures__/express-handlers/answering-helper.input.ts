import type { Request, Response } from 'express';
import store from '../data/store';

async function createNote(req: Request, res: Response, userId: string) {
  const text = typeof req.body.text === 'string' ? req.body.text.trim() : '';
  if (!text) {
    return res.status(400).json({ error: 'text is required' });
  }
  const note = { id: store.nextId('note'), userId, text };
  store.notes.push(note);
  res.status(201).json(note);
}

// Mounted at /api/users/:userId/notes with mergeParams
export default async (req: Request, res: Response) => {
  const { userId } = req.params;
  if (!store.users.some((u) => u.id === userId)) {
    return res.status(404).json({ error: `User ${userId} not found` });
  }
  return createNote(req, res, userId);
};
