import { createReadStream } from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import type { NextApiRequest, NextApiResponse } from 'next';

// Serves the returns policy as a stream: a bundled text file, or a generated summary.
export default function policy(req: NextApiRequest, res: NextApiResponse) {
  if (req.query.format === 'summary') {
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    Readable.from(['Returns: 30 days.\n', 'Refunds: 5 working days.\n', 'Contact: support@example.com\n']).pipe(res);
    return;
  }
  const file = path.join(process.cwd(), 'features', 'policy', 'returns.md');
  res.setHeader('Content-Type', 'text/markdown; charset=utf-8');
  createReadStream(file).pipe(res);
}
