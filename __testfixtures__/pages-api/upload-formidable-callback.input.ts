import formidable, { type File } from 'formidable';
import fs from 'fs';
import path from 'path';
import type { NextApiRequest, NextApiResponse } from 'next';

export const config = {
  api: {
    bodyParser: false,
  },
};

const uploadDir = path.join(process.cwd(), 'public', 'uploads');

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', ['POST']);
    return res.status(405).json({ error: 'Method not allowed' });
  }

  fs.mkdirSync(uploadDir, { recursive: true });
  const form = formidable({ uploadDir, keepExtensions: true, maxFileSize: 5 * 1024 * 1024 });

  form.parse(req, (err, fields, files) => {
    if (err) {
      return res.status(400).json({ error: err.message });
    }
    const uploaded = ([] as File[]).concat(...Object.values(files).map((f) => f ?? []));
    res.status(200).json({
      fields,
      files: uploaded.map((f) => ({ name: f.originalFilename, url: `/uploads/${path.basename(f.filepath)}`, size: f.size })),
    });
  });
}
