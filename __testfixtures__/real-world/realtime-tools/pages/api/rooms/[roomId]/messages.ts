import type { NextApiRequest, NextApiResponse } from 'next';
import { nanoid } from 'nanoid';
import { z } from 'zod';

import { pusher } from '@/lib/pusher';
import { redis } from '@/lib/redis';

const messageSchema = z.object({
  author: z.string().min(1).max(32),
  text: z.string().min(1).max(1000),
});

export default async function messages(req: NextApiRequest, res: NextApiResponse) {
  const roomId = req.query.roomId as string;
  const key = `room:${roomId}:messages`;

  switch (req.method) {
    case 'GET': {
      const raw = await redis.lrange(key, -50, -1);
      return res.status(200).json(raw.map((m) => JSON.parse(m)));
    }
    case 'POST': {
      const parsed = messageSchema.safeParse(req.body);
      if (!parsed.success) {
        return res.status(400).json({ error: parsed.error.flatten().fieldErrors });
      }
      const message = { id: nanoid(), ...parsed.data, sentAt: new Date().toISOString() };
      await redis.rpush(key, JSON.stringify(message));
      await redis.ltrim(key, -500, -1);
      await pusher.trigger(`presence-room-${roomId}`, 'message', message);
      return res.status(201).json(message);
    }
    default:
      res.setHeader('Allow', ['GET', 'POST']);
      res.status(405).end(`Method ${req.method} Not Allowed`);
  }
}
