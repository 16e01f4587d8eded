// RS303
import * as path from 'node:path';
import type { Request, Response } from 'express';

export default (req: Request, res: Response) => {
  res.sendFile(path.resolve('files/terms.txt'), (err) => {
    if (err) console.error('terms not sent', err);
  });
};
