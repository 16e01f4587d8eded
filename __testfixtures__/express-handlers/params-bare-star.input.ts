import type { Request, Response } from 'express';

// router.get('*') under /api/files: everything below the mount, the mount itself included
export default (req: Request, res: Response) => {
  res.json({ rest: req.params[0], path: req.path });
};
