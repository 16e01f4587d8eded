import type { NextApiRequest, NextApiResponse } from 'next';
import formidable from 'formidable';
import { saveToBucket } from '@/lib/storage';

export const config = {
  api: {
    bodyParser: false,
  },
};

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'POST') {
    const form = formidable({ maxFileSize: 10 * 1024 * 1024 });
    const [fields, files] = await form.parse(req);
    const file = files.file?.[0];
    if (!file) {
      return res.status(400).json({ error: 'No file uploaded' });
    }
    const url = await saveToBucket(file.filepath, fields.folder?.[0] ?? 'uploads');
    return res.status(201).json({ url });
  }
}
