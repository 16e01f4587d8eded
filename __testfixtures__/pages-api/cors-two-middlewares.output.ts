import { NextRequest, NextResponse } from 'next/server';
import Cors from 'cors';
import { runLegacyMiddleware } from '../../_lib/legacy-api';

const publicCors = Cors({ methods: ['GET', 'HEAD'] });
const partnerCors = Cors({ origin: 'https://partner.example.com', credentials: true });

async function handler(request: NextRequest) {
  const responseHeaders = new Headers();
  const corsAnswer2 = await runLegacyMiddleware(request, responseHeaders, publicCors);
  if (corsAnswer2) return corsAnswer2;
  const corsAnswer = await runLegacyMiddleware(request, responseHeaders, partnerCors);
  if (corsAnswer) return corsAnswer;
  return NextResponse.json({ message: 'Hello Everyone!' }, { headers: responseHeaders });
}

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE, handler as OPTIONS };
