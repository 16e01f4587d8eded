// RS201
import type { NextApiRequest, NextApiResponse } from 'next';
import { buffer } from 'micro';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const raw = await buffer(req);
  res.status(200).json({ bytes: raw.length });
}
