import type { NextApiRequest, NextApiResponse } from 'next';
import type { Readable } from 'node:stream';
import crypto from 'node:crypto';

export const config = { api: { bodyParser: false } };

async function readRawBody(readable: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of readable) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  return Buffer.concat(chunks);
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end('Method Not Allowed');
  }
  const raw = await readRawBody(req);
  const expected = crypto.createHmac('sha256', process.env.HOOK_SECRET ?? '').update(raw).digest('hex');
  if (req.headers['x-hub-signature-256'] !== `sha256=${expected}`) {
    return res.status(401).json({ error: 'bad signature' });
  }
  let size = 0;
  for await (const chunk of req) size += chunk.length;
  res.status(200).json({ ok: true, bytes: raw.length, after: size });
}
