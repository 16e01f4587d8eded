import store from '../../../data/store';

import { expressJson } from '../../_lib/express-api';

// The storefront's catalogue, in one call.
export function GET() {
  return expressJson({ count: store.items.length, items: store.items });
}
