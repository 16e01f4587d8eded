// RS102
import type { NextApiRequest, NextApiResponse } from 'next';
import { NextResponse } from './responses';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  res.status(200).json(NextResponse.ok());
}
