import { NextRequest } from 'next/server';
import { getAvatarUrl } from '@/lib/avatars';

import { legacySend } from '../../../_lib/legacy-api';

export async function GET(_request: NextRequest, { params }: { params: Promise<{ userId: string }> }) {
  const responseHeaders = new Headers();
  const upstream = await fetch(getAvatarUrl((await params).userId as string));
  const image = Buffer.from(await upstream.arrayBuffer());
  responseHeaders.set('Content-Type', 'image/png');
  responseHeaders.set('Cache-Control', 'public, max-age=86400, immutable');
  return legacySend(image, { status: 200, headers: responseHeaders });
}
