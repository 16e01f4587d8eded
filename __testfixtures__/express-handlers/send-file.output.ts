import { NextRequest } from 'next/server';
import * as path from 'node:path';
import { expressSendFile } from '../../_lib/express-api';

const FILES = path.join(process.cwd(), 'files');

export async function GET(request: NextRequest) {
  const responseHeaders = new Headers();
  responseHeaders.set('Cache-Control', 'no-store');
  return await expressSendFile(request, path.join(FILES, 'terms.txt'), {}, { headers: responseHeaders });
}
