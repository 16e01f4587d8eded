import { NextRequest } from 'next/server';
import store from '../../../../data/store';

import { expressSendStatus } from '../../../_lib/express-api';

export async function DELETE(_request: NextRequest, { params }: { params: Promise<{ noteId: string }> }) {
  const routeParams = await params;
  const index = store.notes.findIndex((n) => String(n.id) === routeParams.noteId);
  if (index === -1) return expressSendStatus(404);
  store.notes.splice(index, 1);
  return expressSendStatus(204);
}
