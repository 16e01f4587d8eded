import { NextResponse } from 'next/server';
import { listEvents, recordEvent } from '../../../lib/events';

import { legacyBody, legacyQuery, legacySend } from '../../_lib/legacy-api';

function requireJson(request) {
  if (request.method === 'POST' && !request.headers.get('content-type')?.includes('application/json')) {
    return NextResponse.json({ error: 'JSON only' }, { status: 415 });
  }
  return undefined;
}

export async function GET(request) {
  const query = legacyQuery(request);

  try {
    const answer = await requireJson(request);
    if (answer) return answer;
    return NextResponse.json(await listEvents(query.since), { status: 200 });
  } catch (err) {
    console.error(err);
    return legacySend('Internal Server Error', { status: 500 });
  }
}

export async function POST(request) {
  const body = await legacyBody(request);
  if (body instanceof Response) return body;

  try {
    const answer = await requireJson(request);
    if (answer) return answer;
    const event = await recordEvent(body);
    return NextResponse.json(event, { status: 201 });
  } catch (err) {
    console.error(err);
    return legacySend('Internal Server Error', { status: 500 });
  }
}

function noMatch(request) {
  return legacySend(request.method !== 'HEAD' ? `Route ${request.method} ${request.nextUrl.pathname}${request.nextUrl.search} not found` : undefined, { status: 404 });
}
export { noMatch as PUT, noMatch as PATCH, noMatch as DELETE, noMatch as OPTIONS };
