import type { NextApiRequest, NextApiResponse } from 'next';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const { id } = req.query;
  switch (req.method) {
    case 'GET':
      res.status(200).json({ id });
      break;
    case 'PUT': {
      const id = Number(req.query.id);
      res.status(200).json({ id });
      break;
    }
  }
}
