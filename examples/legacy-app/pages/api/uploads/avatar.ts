import type { NextApiRequest, NextApiResponse } from 'next';

export const config = {
  api: {
    bodyParser: {
      sizeLimit: '1mb',
    },
  },
};

type UploadResult = { filename: string; bytes: number } | { error: string };

export default function avatar(req: NextApiRequest, res: NextApiResponse<UploadResult>) {
  if (req.method !== 'POST') {
    return res.status(405).json({ error: 'Only POST' });
  }
  const { filename, data } = req.body;
  if (typeof data !== 'string') {
    return res.status(400).json({ error: 'data must be base64' });
  }
  res.status(201).json({ filename: filename ?? 'avatar.png', bytes: Buffer.from(data, 'base64').length });
}
