import { unlink } from 'node:fs/promises';
import type { NextApiRequest, NextApiResponse } from 'next';
import formidable from 'formidable';

export const config = {
  api: {
    bodyParser: false,
  },
};

// Attachments for a support ticket: multipart fields and files, parsed by formidable.
export default async function upload(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).json({ error: 'Method Not Allowed' });
  }
  const form = formidable({ maxFiles: 3, maxFileSize: 1024 * 1024 });
  let fields: formidable.Fields;
  let files: formidable.Files;
  try {
    [fields, files] = await form.parse(req);
  } catch (err) {
    // formidable's errors carry an HTTP status and a numeric code.
    const { httpCode, code } = err as { httpCode?: number; code?: number };
    return res.status(httpCode ?? 400).json({ error: 'Could not parse the upload', code: code ?? null });
  }
  // formidable adds each file when it is written to disk, so list them in a stable order.
  const uploaded = Object.entries(files)
    .flatMap(([field, list]) => (list ?? []).map((file) => ({ field, name: file.originalFilename, type: file.mimetype, size: file.size })))
    .sort((a, b) => a.field.localeCompare(b.field) || (a.name ?? '').localeCompare(b.name ?? ''));
  // Nothing is kept: the temporary files go as soon as they are described.
  await Promise.all(
    Object.values(files)
      .flatMap((list) => list ?? [])
      .map((file) => unlink(file.filepath).catch(() => undefined)),
  );
  const subject = fields.subject?.[0] ?? null;
  if (!subject) {
    return res.status(422).json({ error: 'subject is required', files: uploaded.length });
  }
  res.status(200).json({ subject, tags: fields.tag ?? [], files: uploaded });
}
