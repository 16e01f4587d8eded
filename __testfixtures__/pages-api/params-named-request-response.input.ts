import type { NextApiRequest, NextApiResponse } from 'next';
import { subscribe } from '@/lib/newsletter';

export default async function handler(request: NextApiRequest, response: NextApiResponse) {
  if (request.method !== 'POST') {
    return response.status(405).json({ message: 'Method not allowed' });
  }

  const { email } = request.body;
  if (!email) {
    return response.status(400).json({ message: 'Email is required' });
  }

  await subscribe(email);
  return response.status(201).json({ message: 'Subscribed' });
}
