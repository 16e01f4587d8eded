import * as fs from 'node:fs';
import type { Request, Response } from 'express';

export default (req: Request, res: Response) => {
  res.type('text');
  fs.createReadStream('files/terms.txt').pipe(res);
};
