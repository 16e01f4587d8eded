import type { NextApiRequest, NextApiResponse } from 'next';

// Short links: /api/go?to=docs leaves the site, anything else lands on the catalogue.
export default function go(req: NextApiRequest, res: NextApiResponse) {
  if (req.query.to === 'docs') {
    return res.redirect('https://nextjs.org/docs/pages/building-your-application/routing/api-routes');
  }
  res.redirect('/api/items');
}
