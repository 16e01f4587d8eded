import type { NextApiRequest, NextApiResponse } from 'next';
import { redis } from '@/lib/redis';

export const config = {
  api: {
    bodyParser: false,
  },
};

const MAX_BYTES = 512 * 1024;

// Accepts newline-delimited JSON from the CLI (`tools push --ndjson`).
export default async function ingest(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();

  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BYTES) {
      return res.status(413).json({ error: 'Payload too large' });
    }
    chunks.push(chunk);
  }

  const lines = Buffer.concat(chunks).toString('utf8').split('\n').filter(Boolean);
  let accepted = 0;
  for (const line of lines) {
    try {
      await redis.xadd('ingest', '*', 'payload', JSON.stringify(JSON.parse(line)));
      accepted++;
    } catch {
      // skip malformed lines
    }
  }
  res.status(200).json({ accepted, rejected: lines.length - accepted });
}
