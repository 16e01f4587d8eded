import { NextRequest, NextResponse } from 'next/server';
import Cors from 'cors';

import { runLegacyMiddleware } from '../../_lib/legacy-api';

const cors = Cors({
  methods: ['GET', 'POST', 'OPTIONS'],
});

async function handler(request: NextRequest) {
  const responseHeaders = new Headers();
  const corsAnswer = await runLegacyMiddleware(request, responseHeaders, cors);
  if (corsAnswer) return corsAnswer;
  return NextResponse.json({ message: 'Hello Everyone!' }, { headers: responseHeaders });
}

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE, handler as OPTIONS };
