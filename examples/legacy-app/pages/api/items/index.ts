import type { NextApiRequest, NextApiResponse } from 'next';
import { buildItem, listItems, type Item } from '../../../lib/db';
import { paginate, toPage } from '../../../lib/paging';

type ItemsResponse = { items: Item[]; page: number } | Item | { error: string };

const PER_PAGE = 3;

function getItems(req: NextApiRequest, res: NextApiResponse<ItemsResponse>) {
  const tag = req.query.tag;
  const tags = Array.isArray(tag) ? tag : tag ? [tag] : [];
  const all = listItems(tags);
  const page = toPage(req.query.page);
  res.setHeader('X-Total-Count', String(all.length));
  res.setHeader('Link', [`</api/items?page=${page + 1}>; rel="next"`, '</api/items?page=1>; rel="first"']);
  return res.status(200).json({ items: paginate(all, page, PER_PAGE), page });
}

function createItem(req: NextApiRequest, res: NextApiResponse<ItemsResponse>) {
  const item = buildItem(req.body ?? {});
  if (typeof item === 'string') {
    return res.status(400).json({ error: item });
  }
  return res.status(201).json(item);
}

export default function handler(req: NextApiRequest, res: NextApiResponse<ItemsResponse>) {
  switch (req.method) {
    case 'GET':
      return getItems(req, res);
    case 'POST':
      return createItem(req, res);
    default:
      res.setHeader('Allow', ['GET', 'POST']);
      res.status(405).end(`Method ${req.method} Not Allowed`);
  }
}
