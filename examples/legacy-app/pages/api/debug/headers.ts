import type { NextApiRequest, NextApiResponse } from 'next';

// Echoes the request headers support asks customers for.
export default function headers(req: NextApiRequest, res: NextApiResponse) {
  const headers = req.headers;
  res.status(200).json({
    userAgent: headers['user-agent'],
    language: headers['accept-language'],
    requestId: headers['x-request-id'],
    authorization: req.headers.authorization ? 'present' : 'absent',
  });
}
