import { NextRequest } from 'next/server';
import store from '../../../../../../data/store';

import { expressJson, expressSendStatus } from '../../../../../_lib/express-api';

// Mounted at /api/users/:userId/notes with mergeParams
export async function DELETE(
  _request: NextRequest,
  { params }: { params: Promise<{ userId: string; noteId: string }> }
) {
  const { userId, noteId } = await params;
  const index = store.notes.findIndex((n) => n.userId === userId && String(n.id) === noteId);
  if (index === -1) {
    return expressJson({ error: `Note ${noteId} of ${userId} not found` }, { status: 404 });
  }
  store.notes.splice(index, 1);
  return expressSendStatus(204);
}
