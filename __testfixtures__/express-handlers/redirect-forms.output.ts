import { NextRequest } from 'next/server';
import { expressQuery, expressRedirect } from '../../../_lib/express-api';

export function GET(request: NextRequest) {
  const query = expressQuery(request);
  if (query.v === '1') return expressRedirect(request, '/api/items', 301);
  if (query.back) return expressRedirect(request, 'back');
  return expressRedirect(request, '/api/items?page=1');
}
