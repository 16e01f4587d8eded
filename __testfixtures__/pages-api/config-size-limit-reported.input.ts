import type { NextApiRequest, NextApiResponse } from 'next';
import { importContacts } from '@/lib/contacts';

export const config = {
  api: {
    bodyParser: {
      sizeLimit: '4mb',
    },
    responseLimit: '8mb',
  },
};

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'POST') {
    const summary = await importContacts(req.body.contacts);
    res.status(200).json(summary);
  }
}
