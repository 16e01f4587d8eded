// RS306
import type { Request, Response } from 'express';

function noStore(res: Response): void {
  void res;
}

export default (req: Request, res: Response) => {
  noStore;
  res.json({ ok: true });
};
