import type { NextApiHandler } from 'next';
import { getCurrentRelease } from '@/lib/releases';

const handler: NextApiHandler = async (req, res) => {
  if (req.method === 'GET') {
    const release = await getCurrentRelease();
    res.status(200).json({ version: release.version, publishedAt: release.publishedAt });
  }
};

export default handler;
