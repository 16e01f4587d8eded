import type { NextApiRequest, NextApiResponse } from 'next';
import { withMethods } from '@/lib/api/with-methods';
import { allThings } from '@/lib/things';

function listThings(req: NextApiRequest, res: NextApiResponse) {
  const includeArchived = req.query.archived === 'true';
  res.status(200).json({ things: allThings(includeArchived) });
}

function removeThing(req: NextApiRequest, res: NextApiResponse) {
  const id = typeof req.query.id === 'string' ? req.query.id : '';
  const thing = allThings(true).find((t) => t.id === id);
  if (!thing) {
    return res.status(404).json({ error: `No thing with id "${id}"` });
  }
  // Soft delete: the caller is told what would be archived.
  res.status(200).json({ removed: thing.id, label: thing.label });
}

export default withMethods({ GET: listThings, DELETE: removeThing });
