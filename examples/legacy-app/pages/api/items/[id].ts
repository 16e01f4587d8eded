import type { NextApiRequest, NextApiResponse } from 'next';
import { findItem } from '@/lib/db';

export default async function itemHandler(req: NextApiRequest, res: NextApiResponse) {
  const { method } = req;
  const id = Number(req.query.id);
  const item = findItem(id);

  switch (method) {
    case 'GET':
      if (!item) {
        res.statusCode = 404;
        return res.json({ error: `Item ${req.query.id} not found` });
      }
      return res.json(item);
    case 'PUT': {
      if (!item) {
        res.statusCode = 404;
        return res.json({ error: `Item ${req.query.id} not found` });
      }
      const updated = { ...item, ...req.body, id: item.id };
      return res.status(200).json(updated);
    }
    case 'DELETE':
      if (!item) {
        return res.status(404).json({ error: `Item ${req.query.id} not found` });
      }
      return res.status(204).end();
    default:
      res.setHeader('Allow', ['GET', 'PUT', 'DELETE']);
      res.status(405).end(`Method ${method} Not Allowed`);
  }
}
