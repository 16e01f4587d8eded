import store from '../../../data/store';

import { expressJson } from '../../_lib/express-api';

export function GET() {
  return expressJson(store.users.map((u) => u.name), { status: 200 });
}
