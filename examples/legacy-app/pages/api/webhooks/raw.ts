import type { NextApiRequest, NextApiResponse } from 'next';

// The payment provider signs the raw body; this endpoint only acknowledges delivery.
export const config = {
  api: {
    bodyParser: false,
  },
};

export default function webhook(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end();
  }
  res.status(200).end('ok');
}
