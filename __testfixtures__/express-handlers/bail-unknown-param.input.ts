// RS201
import type { Request, Response } from 'express';

// Mounted without mergeParams: the parent's :userId is not in req.params here
export default (req: Request, res: Response) => {
  res.json({ user: req.params.userId, note: req.params.noteId });
};
