import { NextRequest, NextResponse } from 'next/server';
import { subscribe } from '@/lib/events';

import { legacyQuery, legacyStream } from '../../_lib/legacy-api';

async function handler(request: NextRequest) {
  const query = legacyQuery(request);
  let responseStatus = 200;
  const responseHeaders = new Headers();
  const channel = query.channel;
  if (typeof channel !== 'string') {
    return NextResponse.json({ error: 'channel required' }, { status: 400, headers: responseHeaders });
  }
  responseStatus = 200;
  responseHeaders.set('Content-Type', 'text/event-stream');
  responseHeaders.set('Cache-Control', 'no-cache, no-transform');
  responseHeaders.set('Connection', 'keep-alive');
  return legacyStream({ status: responseStatus, headers: responseHeaders }, request.signal, async (stream) => {
    const unsubscribe = subscribe(channel, (event) => {
      stream.write(`event: ${event.type}\ndata: ${JSON.stringify(event.payload)}\n\n`);
      if (event.type === 'done') stream.end();
    });
    request.signal.addEventListener('abort', () => {
      unsubscribe();
    });
  });
}

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
