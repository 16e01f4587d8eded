import { NextResponse } from 'next/server';
import { Readable } from 'node:stream';
import fs from 'node:fs';
import path from 'node:path';

function handler() {
  let responseStatus = 200;
  const responseHeaders = new Headers();
  const file = path.join(process.cwd(), 'exports', 'latest.csv');
  if (!fs.existsSync(file)) {
    return NextResponse.json({ error: 'No export yet' }, { status: 404, headers: responseHeaders });
  }
  responseHeaders.set('Content-Type', 'text/csv');
  responseStatus = 200;

  return new Response(
    Readable.toWeb(fs.createReadStream(file)) as ReadableStream,
    { status: responseStatus, headers: responseHeaders }
  );
}

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
