import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '@/lib/prisma';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const commentId = req.query.commentId as string;

  if (req.method === 'GET') {
    const comment = await prisma.comment.findUnique({ where: { id: commentId } });
    return res.status(200).json(comment);
  }

  if (req.method === 'PATCH') {
    const comment = await prisma.comment.update({
      where: { id: commentId },
      data: { body: req.body.body },
    });
    return res.status(200).json(comment);
  }

  if (req.method === 'DELETE') {
    await prisma.comment.delete({ where: { id: commentId } });
    return res.status(204).end();
  }

  return res.status(405).json({ error: 'Method not allowed' });
}
