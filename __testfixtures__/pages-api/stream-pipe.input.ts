import type { NextApiRequest, NextApiResponse } from 'next';
import fs from 'node:fs';
import path from 'node:path';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const file = path.join(process.cwd(), 'exports', 'latest.csv');
  if (!fs.existsSync(file)) {
    return res.status(404).json({ error: 'No export yet' });
  }
  res.setHeader('Content-Type', 'text/csv');
  res.status(200);
  fs.createReadStream(file).pipe(res);
}
