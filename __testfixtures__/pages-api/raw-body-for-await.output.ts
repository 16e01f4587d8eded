import { NextRequest, NextResponse } from 'next/server';
import type { Readable } from 'node:stream';
import crypto from 'node:crypto';

import { legacyIncoming } from '../../../_lib/legacy-api';

async function readRawBody(readable: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of readable) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  return Buffer.concat(chunks);
}

export async function POST(request: NextRequest) {
  const incoming = legacyIncoming(request);
  const raw = await readRawBody(incoming);
  const expected = crypto.createHmac('sha256', process.env.HOOK_SECRET ?? '').update(raw).digest('hex');
  if (request.headers.get('x-hub-signature-256') !== `sha256=${expected}`) {
    return NextResponse.json({ error: 'bad signature' }, { status: 401 });
  }
  let size = 0;
  for await (const chunk of incoming) size += chunk.length;
  return NextResponse.json({ ok: true, bytes: raw.length, after: size }, { status: 200 });
}
