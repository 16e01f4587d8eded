import { createHash, getHashes } from 'crypto';
import type { NextApiRequest, NextApiResponse } from 'next';

const SUPPORTED = ['md5', 'sha1', 'sha256', 'sha512'].filter((a) => getHashes().includes(a));

export default function hash(req: NextApiRequest, res: NextApiResponse) {
  const algorithm = String(req.query.algorithm ?? 'sha256').toLowerCase();
  if (!SUPPORTED.includes(algorithm)) {
    return res.status(400).json({ error: `algorithm must be one of ${SUPPORTED.join(', ')}` });
  }

  const input = req.method === 'POST' ? (typeof req.body === 'string' ? req.body : JSON.stringify(req.body)) : String(req.query.text ?? '');
  const encoding = req.query.encoding === 'base64' ? 'base64' : 'hex';
  const digest = createHash(algorithm).update(input).digest(encoding);

  if (req.headers.accept?.includes('text/plain')) {
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    return res.send(digest);
  }
  res.json({ algorithm, encoding, digest, length: input.length });
}
