import type { NextApiRequest, NextApiResponse } from 'next';

function handler(req: NextApiRequest, res: NextApiResponse) {
  const slug = req.query.slug as string[];
  res.status(200).json({ path: slug.join('/'), depth: slug.length });
}

export { handler as default };
