import { NextRequest } from 'next/server';
import { buildCsvHeader, buildCsvBody } from '@/lib/export';

import { legacyStream } from '../../../_lib/legacy-api';

export async function GET(request: NextRequest) {
  let responseStatus = 200;
  const responseHeaders = new Headers();
  responseHeaders.set('Content-Type', 'text/csv; charset=utf-8');
  responseHeaders.set('Content-Disposition', 'attachment; filename="report.csv"');
  return legacyStream({ status: responseStatus, headers: responseHeaders }, request.signal, async (stream) => {
    stream.write(buildCsvHeader());
    const body = await buildCsvBody();
    stream.write(body);
    stream.end();
  });
}
