import type { NextApiRequest, NextApiResponse } from 'next';
import { enqueueDeploy } from '@/lib/deploys';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'POST') {
    if (req.headers['x-github-event'] !== 'push') {
      return res.end('ignored');
    }
    await enqueueDeploy(req.body.after);
    res.end('queued');
  }
}
