import { NextRequest } from 'next/server';
import { enqueueDeploy } from '@/lib/deploys';

import { legacyBody } from '../../../_lib/legacy-api';

export async function POST(request: NextRequest) {
  const body = await legacyBody(request);
  if (body instanceof Response) return body;

  if (request.headers.get('x-github-event') !== 'push') {
    return new Response('ignored');
  }
  await enqueueDeploy(body.after);
  return new Response('queued');
}
