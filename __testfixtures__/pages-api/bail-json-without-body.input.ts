// RS303
import type { NextApiRequest, NextApiResponse } from 'next';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'POST') {
    // pages answered 200 with an empty body and a JSON content type; Response.json() throws
    return res.status(201).json();
  }
  res.status(200).json({ ok: true });
}
