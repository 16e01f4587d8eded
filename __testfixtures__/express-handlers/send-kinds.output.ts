import { NextRequest } from 'next/server';
import store from '../../../../data/store';

import { expressQuery, expressSend, expressSendStatus } from '../../../_lib/express-api';

export function GET(request: NextRequest) {
  const query = expressQuery(request);
  const format = query.format || 'json';
  switch (format) {
    case 'json':
      return expressSend({ count: store.items.length });
    case 'html':
      return expressSend(`<ul>${store.items.map((i) => `<li>${i.name}</li>`).join('')}</ul>`);
    case 'bin': {
      const buf = Buffer.alloc(2);
      buf.writeUInt16BE(0xcafe, 0);
      return expressSend(buf);
    }
    case 'none':
      return new Response();
    default:
      return expressSendStatus(400);
  }
}
