import type { NextApiHandler } from 'next';
import { API_KEY, storeStats } from '@/lib/db';

// Every method needs the API key; the check runs before the method dispatch.
const handler: NextApiHandler = async (req, res) => {
  if (req.headers['x-api-key'] !== API_KEY) {
    return res.status(401).json({ error: 'Missing or invalid API key' });
  }

  if (req.method === 'GET') {
    return res.status(200).json(storeStats());
  } else if (req.method === 'DELETE') {
    return res.status(200).json({ cleared: true });
  }

  res.setHeader('Allow', ['GET', 'DELETE']);
  return res.status(405).end(`Method ${req.method} Not Allowed`);
};

export default handler;
