import type { NextApiRequest, NextApiResponse } from 'next';
import { getSettings, updateSettings } from '@/lib/settings';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  switch (req.method) {
    case 'GET': {
      const settings = await getSettings();
      res.status(200).json(settings);
      break;
    }
    case 'PUT': {
      const settings = await updateSettings(req.body);
      res.status(200).json(settings);
      break;
    }
    default:
      res.status(405).json({ error: `Method ${req.method} not allowed` });
      break;
  }
}
