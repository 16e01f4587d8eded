import type { NextApiRequest, NextApiResponse } from 'next';
import { withAuth } from '@/lib/api/with-auth';
import { withLogging } from '@/lib/api/with-logging';
import { buildItem, listItems } from '@/lib/db';

// Stock management for staff: the method switch lives inside the wrapped handler.
async function inventory(req: NextApiRequest, res: NextApiResponse) {
  switch (req.method) {
    case 'GET': {
      const items = listItems();
      return res.status(200).json({ total: items.length, ids: items.map((item) => item.id) });
    }
    case 'POST': {
      const item = buildItem(req.body ?? {});
      if (typeof item === 'string') {
        return res.status(422).json({ error: item });
      }
      return res.status(201).json(item);
    }
    default:
      res.setHeader('Allow', ['GET', 'POST']);
      return res.status(405).json({ error: `Method ${req.method} Not Allowed` });
  }
}

export default withLogging(withAuth(inventory));
