import type { NextApiRequest, NextApiResponse } from 'next';

type Decoded = { header: Record<string, unknown>; payload: Record<string, unknown>; expired: boolean | null };

function decodeSegment(segment: string) {
  return JSON.parse(Buffer.from(segment.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8'));
}

export default function jwtDecode(req: NextApiRequest, res: NextApiResponse<Decoded | { error: string }>) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).json({ error: 'POST a { token } body' });
  }

  const token: unknown = req.body?.token;
  if (typeof token !== 'string' || token.split('.').length !== 3) {
    return res.status(400).json({ error: 'That does not look like a JWT' });
  }

  try {
    const [header, payload] = token.split('.').slice(0, 2).map(decodeSegment);
    const expired = typeof payload.exp === 'number' ? payload.exp * 1000 < Date.now() : null;
    res.status(200).json({ header, payload, expired });
  } catch {
    res.status(422).json({ error: 'Token segments are not valid base64url JSON' });
  }
}
