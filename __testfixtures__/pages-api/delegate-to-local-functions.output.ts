import { NextRequest, NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

import { legacyBody } from '../../_lib/legacy-api';
export { getTodos as GET, createTodo as POST };

async function getTodos() {
  const todos = await prisma.todo.findMany({ orderBy: { createdAt: 'asc' } });
  return NextResponse.json(todos, { status: 200 });
}

async function createTodo(request: NextRequest) {
  const body = await legacyBody(request);
  if (body instanceof Response) return body;

  const { title } = body;
  if (!title) {
    return NextResponse.json({ message: 'Title is required' }, { status: 400 });
  }
  const todo = await prisma.todo.create({ data: { title } });
  return NextResponse.json(todo, { status: 201 });
}
