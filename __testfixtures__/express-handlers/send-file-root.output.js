import * as path from 'node:path';

import { expressSendFile } from '../../_lib/express-api';

export async function GET(request, { params }) {
  if ((await params).name.startsWith('_')) return await expressSendFile(request, path.resolve('public/404.html'), {}, { status: 404 });
  return await expressSendFile(request, (await params).name, { root: 'public', maxAge: '1d' });
}
