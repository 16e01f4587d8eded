import { NextRequest, NextResponse } from 'next/server';
import formidable from 'formidable';
import { saveToBucket } from '@/lib/storage';

import { legacyIncoming } from '../../_lib/legacy-api';

export async function POST(request: NextRequest) {
  const incoming = legacyIncoming(request);
  const form = formidable({ maxFileSize: 10 * 1024 * 1024 });
  const [fields, files] = await form.parse(incoming);
  const file = files.file?.[0];
  if (!file) {
    return NextResponse.json({ error: 'No file uploaded' }, { status: 400 });
  }
  const url = await saveToBucket(file.filepath, fields.folder?.[0] ?? 'uploads');
  return NextResponse.json({ url }, { status: 201 });
}
