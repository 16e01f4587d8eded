import type { NextApiRequest, NextApiResponse } from 'next';

export default function url(request: NextApiRequest, response: NextApiResponse) {
  const [pathname, search = ''] = (request.url ?? '').split('?');
  response.status(200).json({ url: request.url, pathname, search, method: request.method });
}
