import { NextRequest } from 'next/server';
import store from '../../../data/store';

import { expressJson, expressQuery } from '../../_lib/express-api';

const API_KEY = process.env.API_KEY ?? 'dev-key';

function isAuthorized(request: NextRequest): boolean {
  const query = expressQuery(request);
  return (request.headers.get('x-api-key') ?? undefined) === API_KEY || query.key === API_KEY;
}

export function GET(request: NextRequest) {
  if (!isAuthorized(request)) {
    return expressJson({ error: 'API key required' }, { status: 401 });
  }
  return expressJson(store.stats());
}
