import type { NextApiRequest, NextApiResponse } from 'next';

export default function exit(req: NextApiRequest, res: NextApiResponse) {
  // Exit the current user from "Preview Mode".
  res.clearPreviewData();

  const back = typeof req.query.redirect === 'string' && req.query.redirect.startsWith('/') ? req.query.redirect : '/';

  // Redirect the user back to the page they were on.
  res.writeHead(307, { Location: back });
  res.end();
}
