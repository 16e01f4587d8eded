import { NextRequest, NextResponse } from 'next/server';
import formidable, { type File } from 'formidable';
import fs from 'fs';
import path from 'path';
import { legacyIncoming } from '../../_lib/legacy-api';

const uploadDir = path.join(process.cwd(), 'public', 'uploads');

export async function POST(request: NextRequest) {
  const incoming = legacyIncoming(request);

  fs.mkdirSync(uploadDir, { recursive: true });
  const form = formidable({ uploadDir, keepExtensions: true, maxFileSize: 5 * 1024 * 1024 });

  const [err, fields, files] = await new Promise<any[]>((resolve) => form.parse(incoming, (...args) => resolve(args)));
  if (err) {
    return NextResponse.json({ error: err.message }, { status: 400 });
  }
  const uploaded = ([] as File[]).concat(...Object.values(files).map((f) => f ?? []));

  return NextResponse.json({
    fields,
    files: uploaded.map((f) => ({ name: f.originalFilename, url: `/uploads/${path.basename(f.filepath)}`, size: f.size })),
  }, { status: 200 });
}
