import type { NextApiRequest, NextApiResponse } from 'next';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.query.off) {
    res.setDraftMode({ enable: false });
    return res.status(200).json({ draft: false });
  }
  res.setDraftMode({ enable: true });
  res.status(200).json({ draft: true });
}
