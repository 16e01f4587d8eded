import type { NextApiRequest, NextApiResponse } from 'next';

// Internal liveness probe; the folder name starts with an underscore.
export default function ping(req: NextApiRequest, res: NextApiResponse) {
  res.status(200).json({ pong: true });
}
