import { NextRequest } from 'next/server';
import { reportPath } from '../../../../../reports';

import { expressDownload, expressJson, setExpressHeader } from '../../../../_lib/express-api';

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const responseHeaders = new Headers();
  const file = await reportPath((await params).id);
  if (!file) return expressJson({ error: 'no such report' }, { status: 404, headers: responseHeaders });
  setExpressHeader(responseHeaders, 'X-Report-Id', (await params).id);

  return await expressDownload(
    request,
    file,
    `report-${(await params).id}.csv`,
    undefined,
    { headers: responseHeaders }
  );
}
