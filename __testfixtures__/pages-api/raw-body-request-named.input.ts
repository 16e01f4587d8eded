// The legacy parameters are called request/response: the raw read written for the route handler names its request, not the legacy one.
import { buffer } from 'micro';
import type { NextApiRequest, NextApiResponse } from 'next';

export const config = { api: { bodyParser: false } };

export default async function handler(request: NextApiRequest, response: NextApiResponse) {
  const buf = await buffer(request);
  response.status(200).json({ size: buf.length });
}
