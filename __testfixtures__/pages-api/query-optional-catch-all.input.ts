import type { NextApiRequest, NextApiResponse } from 'next';
import { listDirectory } from '@/lib/storage';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const segments = (req.query.slug as string[] | undefined) ?? [];
    const entries = await listDirectory(segments.join('/'));
    return res.status(200).json({ path: '/' + segments.join('/'), entries });
  }
}
