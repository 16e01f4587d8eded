import { NextRequest, NextResponse } from 'next/server';
import { listProjects, createProject } from '@/lib/projects';

import { type RouteHandler, legacyBody, legacyResponseHeaders, mergeLegacyHeaders } from '../../_lib/legacy-api';

// every answer of this route carries the CORS headers
function withCors(handler: RouteHandler): RouteHandler {
  return async (request: NextRequest, context: any) => {
    const responseHeaders = legacyResponseHeaders(request);
    responseHeaders.set('Access-Control-Allow-Origin', '*');
    responseHeaders.set('Access-Control-Allow-Methods', 'GET,POST');
    if (!request.headers.get('authorization')) {
      return NextResponse.json({ error: 'Unauthorized' }, { status: 401, headers: responseHeaders });
    }
    try {
      return mergeLegacyHeaders(await handler(request, context), responseHeaders);
    } catch (error) {
      console.error(error);

      return NextResponse.json(
        { error: 'Internal Server Error' },
        { status: 500, headers: responseHeaders }
      );
    }
  };
}

export const GET = withCors(async function GET() {
  return NextResponse.json(await listProjects(), { status: 200 });
});

export const POST = withCors(async function POST(request: NextRequest) {
  const body = await legacyBody(request);
  if (body instanceof Response) return body;

  return NextResponse.json(await createProject(body), { status: 201 });
});
