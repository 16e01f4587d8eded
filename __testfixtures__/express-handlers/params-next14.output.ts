import { NextRequest } from 'next/server';
import store from '../../../../data/store';

import { expressJson } from '../../../_lib/express-api';

export function GET(_request: NextRequest, { params }: { params: { id: string } }) {
  const user = store.users.find((u) => u.id === params.id);
  return expressJson(user ?? null);
}
