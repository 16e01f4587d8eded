import { Readable } from 'node:stream';
import * as fs from 'node:fs';
import { expressType } from '../../_lib/express-api';

export function GET() {
  const responseHeaders = new Headers();
  expressType(responseHeaders, 'text');

  return new Response(
    Readable.toWeb(fs.createReadStream('files/terms.txt')) as ReadableStream,
    { headers: responseHeaders }
  );
}
