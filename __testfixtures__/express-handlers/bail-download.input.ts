// RS303
import type { Request, Response } from 'express';

export default (req: Request, res: Response) => {
  res.download('files/terms.txt', 'terms.txt');
};
