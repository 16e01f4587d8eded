import { listItems } from '../../../../data/items';

import { expressAttachment, expressSend } from '../../../_lib/express-api';

export async function GET() {
  const responseHeaders = new Headers();
  const items = await listItems();
  const csv = ['id,name', ...items.map((i) => `${i.id},${i.name}`)].join('\n');
  expressAttachment(responseHeaders, 'items.csv');
  return expressSend(csv, { headers: responseHeaders });
}
