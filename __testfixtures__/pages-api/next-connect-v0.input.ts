import type { NextApiRequest, NextApiResponse } from 'next';
import nc from 'next-connect';
import { getServerSession } from 'next-auth/next';
import { authOptions } from '../auth/[...nextauth]';
import { prisma } from '@/lib/prisma';

const handler = nc<NextApiRequest, NextApiResponse>({
  onError: (err, req, res) => {
    console.error(err);
    res.status(500).json({ error: 'Something went wrong' });
  },
  onNoMatch: (req, res) => {
    res.status(405).json({ error: `Method ${req.method} not allowed` });
  },
});

handler.use(async (req, res, next) => {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: 'Unauthorized' });
  await next();
});

handler.get(async (req, res) => {
  const product = await prisma.product.findUnique({ where: { id: String(req.query.id) } });
  if (!product) return res.status(404).json({ error: 'Not found' });
  res.json(product);
});

handler.delete(async (req, res) => {
  await prisma.product.delete({ where: { id: String(req.query.id) } });
  res.status(204).end();
});

export default handler;
