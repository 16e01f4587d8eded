import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import { put } from '@vercel/blob';

import { authOptions } from '../auth/[...nextauth]';
import { prisma } from '@/lib/prisma';

export const config = {
  api: {
    bodyParser: {
      sizeLimit: '4mb',
    },
  },
};

// Receives the cropped avatar from the settings page as a data URL.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', ['POST']);
    return res.status(405).json({ error: 'Method not allowed' });
  }
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user?.email) return res.status(401).json({ error: 'Unauthorized' });

  const { image } = req.body as { image?: string };
  const match = image?.match(/^data:(image\/(png|jpe?g|webp));base64,(.+)$/);
  if (!match) {
    return res.status(400).json({ error: 'Expected a base64 image data URL' });
  }

  const [, contentType, ext, data] = match;
  const blob = await put(`avatars/${Date.now()}.${ext}`, Buffer.from(data, 'base64'), {
    access: 'public',
    contentType,
  });
  await prisma.user.update({ where: { email: session.user.email }, data: { image: blob.url } });

  return res.status(200).json({ url: blob.url });
}
