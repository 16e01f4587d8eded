import type { NextApiRequest, NextApiResponse } from 'next';
import { getAvatarUrl } from '@/lib/avatars';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const upstream = await fetch(getAvatarUrl(req.query.userId as string));
    const image = Buffer.from(await upstream.arrayBuffer());
    res.setHeader('Content-Type', 'image/png');
    res.setHeader('Cache-Control', 'public, max-age=86400, immutable');
    res.status(200).send(image);
  }
}
