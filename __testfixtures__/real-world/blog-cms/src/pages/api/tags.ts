import type { NextApiHandler } from 'next';
import { client } from '@/lib/sanity';

type TagCount = { tag: string; count: number };

const handler: NextApiHandler<TagCount[]> = async (req, res) => {
  const tags: string[][] = await client.fetch(`*[_type == "post" && defined(tags)].tags`);

  const counts = new Map<string, number>();
  for (const list of tags) {
    for (const tag of list) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }

  const min = Number(req.query.min ?? 1);
  const result = [...counts.entries()]
    .filter(([, count]) => count >= min)
    .sort((a, b) => b[1] - a[1])
    .map(([tag, count]) => ({ tag, count }));

  res.setHeader('Cache-Control', 's-maxage=3600');
  res.status(200).json(result);
};

export default handler;
