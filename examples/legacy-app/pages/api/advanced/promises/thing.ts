import type { NextApiRequest, NextApiResponse } from 'next';
import { fetchThing } from '@/lib/things';

export default function thing(req: NextApiRequest, res: NextApiResponse) {
  const id = String(req.query.id ?? '');
  fetchThing(id)
    .then((x) => res.status(200).json(x))
    .catch((e) => res.status(500).json({ error: e.message }));
}
