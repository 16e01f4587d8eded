import type { NextApiRequest, NextApiResponse } from 'next';
import { client } from '@/lib/sanity';

// Resolves nested CMS pages such as /docs/getting-started/install
export default async function contentHandler(req: NextApiRequest, res: NextApiResponse) {
  const { slug } = req.query;
  const path = Array.isArray(slug) ? slug.join('/') : slug;

  const page = await client.fetch(`*[_type == "page" && path.current == $path][0]{ title, body, _updatedAt }`, { path });
  if (!page) {
    res.status(404).json({ error: `No page at /${path}` });
    return;
  }

  const lastModified = new Date(page._updatedAt).toUTCString();
  if (req.headers['if-modified-since'] === lastModified) {
    res.status(304).end();
    return;
  }

  res.setHeader('Last-Modified', lastModified);
  res.status(200).json({ ...page, breadcrumbs: (slug as string[]).map((s, i, all) => '/' + all.slice(0, i + 1).join('/')) });
}
