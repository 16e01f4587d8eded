import type { NextApiRequest, NextApiResponse } from 'next';

// The CMS's "Preview" button turns draft mode on (GET) and its "Exit" button turns it off (DELETE).
export default function draft(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'DELETE') {
    res.setDraftMode({ enable: false });
    return res.status(200).json({ draftMode: false });
  }
  res.setDraftMode({ enable: true });
  res.status(200).json({ draftMode: true });
}
