import * as path from 'node:path';
import type { Request, Response } from 'express';

const FILES = path.join(process.cwd(), 'files');

export default (req: Request, res: Response) => {
  res.set('Cache-Control', 'no-store');
  res.sendFile(path.join(FILES, 'terms.txt'));
};
