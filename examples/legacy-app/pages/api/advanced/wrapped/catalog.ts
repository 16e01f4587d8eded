import type { NextApiRequest, NextApiResponse } from 'next';
import { withCache } from '@/lib/api/with-cache';
import { HttpError, withErrors } from '@/lib/api/with-errors';
import { listItems } from '@/lib/db';

// Public, cacheable catalogue; bad input and failures are answered by withErrors.
async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { maxPrice, tag } = req.query;
  if (maxPrice !== undefined && Number.isNaN(Number(maxPrice))) {
    throw new HttpError(400, `maxPrice must be a number, got "${maxPrice}"`);
  }
  if (tag === 'broken') {
    // A tag whose index is corrupt upstream: an unexpected failure.
    throw new Error('tag index unavailable');
  }
  const items = listItems(typeof tag === 'string' ? [tag] : []).filter(
    (item) => maxPrice === undefined || item.price <= Number(maxPrice),
  );
  res.status(200).json({ count: items.length, items: items.map(({ id, name, price }) => ({ id, name, price })) });
}

export default withErrors(withCache(handler, { maxAge: 60, staleWhileRevalidate: 30 }));
