import { NextRequest, NextResponse } from 'next/server';
import Cors from 'cors';
import { legacyBody, legacyQuery, runLegacyMiddleware } from '../../_lib/legacy-api';

const cors = Cors({ methods: ['POST', 'GET', 'HEAD'] });

async function handler(request: NextRequest) {
  const body = await legacyBody(request);
  if (body instanceof Response) return body;

  const query = legacyQuery(request);
  const responseHeaders = new Headers();
  const corsAnswer = await runLegacyMiddleware(request, responseHeaders, cors);
  if (corsAnswer) return corsAnswer;
  // read in an expression, the method selects an input, not the methods answered
  const input = request.method === 'POST' ? body : query;
  return NextResponse.json({ message: 'Hello Everyone!', input }, { headers: responseHeaders });
}

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE, handler as OPTIONS };
