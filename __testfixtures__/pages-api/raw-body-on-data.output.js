import { NextResponse } from 'next/server';
import formidable from 'formidable';

import { legacyIncoming } from '../../_lib/legacy-api';

async function handler(request) {
  const incoming = legacyIncoming(request);
  if (request.headers.get('content-type')?.startsWith('multipart/')) {
    const form = formidable({ maxFileSize: 5 * 1024 * 1024 });
    const [fields, files] = await form.parse(incoming);
    return NextResponse.json({ fields, files: Object.keys(files) }, { status: 200 });
  }
  const text = await new Promise((resolve, reject) => {
    let data = '';
    incoming.setEncoding('utf8');
    incoming.on('data', (chunk) => (data += chunk));
    incoming.on('end', () => resolve(data));
    incoming.on('error', reject);
  });
  return NextResponse.json({ length: text.length }, { status: 200 });
}

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
