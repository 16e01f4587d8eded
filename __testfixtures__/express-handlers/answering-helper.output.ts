import { NextRequest } from 'next/server';
import store from '../../../../../data/store';

import { expressBody, expressJson } from '../../../../_lib/express-api';

async function createNote(request: NextRequest, userId: string) {
  const body = await expressBody(request);
  if (body instanceof Error) throw body;

  const text = typeof body.text === 'string' ? body.text.trim() : '';
  if (!text) {
    return expressJson({ error: 'text is required' }, { status: 400 });
  }
  const note = { id: store.nextId('note'), userId, text };
  store.notes.push(note);
  return expressJson(note, { status: 201 });
}

// Mounted at /api/users/:userId/notes with mergeParams
export async function POST(request: NextRequest, { params }: { params: Promise<{ userId: string }> }) {
  const body = await expressBody(request);
  if (body instanceof Error) throw body;

  const { userId } = await params;
  if (!store.users.some((u) => u.id === userId)) {
    return expressJson({ error: `User ${userId} not found` }, { status: 404 });
  }
  return await createNote(request, userId);
}
