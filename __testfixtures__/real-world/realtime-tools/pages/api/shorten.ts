import type { NextApiRequest, NextApiResponse } from 'next';
import { customAlphabet } from 'nanoid';
import { redis } from '@/lib/redis';

const nanoid = customAlphabet('23456789abcdefghjkmnpqrstuvwxyz', 7);
const ONE_YEAR = 60 * 60 * 24 * 365;

export default async function shorten(request: NextApiRequest, response: NextApiResponse) {
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST');
    return response.status(405).json({ message: 'Only POST requests allowed' });
  }

  const { url } = request.body as { url?: string };
  try {
    new URL(url ?? '');
  } catch {
    return response.status(400).json({ message: 'Invalid URL' });
  }

  const code = nanoid();
  await redis.set(`short:${code}`, url!, 'EX', ONE_YEAR);

  const host = request.headers['x-forwarded-host'] ?? request.headers.host;
  return response.status(201).json({ code, shortUrl: `https://${host}/api/r/${code}` });
}
