import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '@/lib/prisma';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  switch (req.method) {
    case 'GET':
      return getTodos(req, res);
    case 'POST':
      return createTodo(req, res);
    default:
      return res.status(405).json({ message: 'Method not allowed' });
  }
}

async function getTodos(req: NextApiRequest, res: NextApiResponse) {
  const todos = await prisma.todo.findMany({ orderBy: { createdAt: 'asc' } });
  return res.status(200).json(todos);
}

async function createTodo(req: NextApiRequest, res: NextApiResponse) {
  const { title } = req.body;
  if (!title) {
    return res.status(400).json({ message: 'Title is required' });
  }
  const todo = await prisma.todo.create({ data: { title } });
  return res.status(201).json(todo);
}
