import type { NextApiRequest, NextApiResponse } from 'next';
import { logger } from '@/lib/logger';
import { renderCard } from '@/lib/cards';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    logger.info(`GET ${req.url}`);
    const { searchParams } = new URL(req.url!, 'http://localhost');
    const card = await renderCard({ title: searchParams.get('title') ?? 'Untitled' });
    return res.status(200).json(card);
  }
}
