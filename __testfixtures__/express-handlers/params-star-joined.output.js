import { readDoc } from '../../../../lib/docs.js';

import { expressSend, expressType } from '../../../_lib/express-api';

// /api/docs/guides/setup → req.params[0] === 'guides/setup'
export async function GET(_request, { params }) {
  const responseHeaders = new Headers();
  const doc = await readDoc((await params).path.join('/'));
  if (!doc) return expressSend(
    `No doc at ${(await params).path.join('/')}`,
    { status: 404, headers: responseHeaders }
  );
  expressType(responseHeaders, 'md');
  return expressSend(doc, { headers: responseHeaders });
}
