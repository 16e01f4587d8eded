import fs from 'fs';
import path from 'path';
import mime from 'mime-types';
import type { NextApiRequest, NextApiResponse } from 'next';

const ROOT = path.resolve(process.env.FILES_ROOT ?? './storage');

export default async function serveFile(req: NextApiRequest, res: NextApiResponse) {
  const segments = (req.query.path as string[]) ?? [];
  const filePath = path.resolve(ROOT, ...segments);

  // Prevent ../ traversal outside the storage root
  if (!filePath.startsWith(ROOT + path.sep)) {
    return res.status(400).json({ error: 'Invalid path' });
  }

  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(filePath);
  } catch {
    return res.status(404).json({ error: 'File not found' });
  }
  if (!stat.isFile()) return res.status(404).json({ error: 'File not found' });

  res.setHeader('Content-Type', mime.lookup(filePath) || 'application/octet-stream');
  res.setHeader('Content-Length', stat.size);
  res.setHeader('Last-Modified', stat.mtime.toUTCString());

  const stream = fs.createReadStream(filePath);
  stream.on('error', () => res.status(500).end());
  stream.pipe(res);
}
