// RS102
import type { NextApiRequest, NextApiResponse } from 'next';

function GET(url: string) {
  return fetch(url).then((r) => r.json());
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const data = await GET('https://example.com/data');
    return res.status(200).json(data);
  }
  res.status(405).end();
}
