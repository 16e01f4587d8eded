import type { NextApiRequest, NextApiResponse } from 'next';
import { NotFoundError, fetchThing } from '@/lib/things';

// Looks a thing up, shapes it, then answers: each step a .then of the one before.
export default function thingLabel(req: NextApiRequest, res: NextApiResponse) {
  return fetchThing(String(req.query.id ?? 't1'))
    .then((thing) => ({ id: thing.id, label: thing.label.toUpperCase(), active: !thing.archived }))
    .then((summary) => {
      res.setHeader('Cache-Control', 'private, max-age=10');
      res.status(200).json(summary);
    })
    .catch((err) => {
      if (err instanceof NotFoundError) {
        res.status(404).json({ error: err.message });
      } else {
        res.status(400).json({ error: 'Bad id' });
      }
    });
}
