import type { NextApiRequest, NextApiResponse } from 'next';
import { getSession } from 'next-auth/react';
import { client } from '@/lib/sanity';

export default async function comments(req: NextApiRequest, res: NextApiResponse) {
  const { postId } = req.query;

  if (req.method === 'GET') {
    const list = await client.fetch(
      `*[_type == "comment" && post._ref == $postId && approved == true] | order(_createdAt asc) { _id, name, text, _createdAt }`,
      { postId }
    );
    return res.status(200).json(list);
  }

  if (req.method === 'POST') {
    const session = await getSession({ req });
    if (!session) {
      return res.status(401).json({ message: 'Please sign in to comment' });
    }
    const text = String(req.body.text ?? '').trim();
    if (text.length < 2 || text.length > 2000) {
      return res.status(400).json({ message: 'Comment must be between 2 and 2000 characters' });
    }
    await client.create({
      _type: 'comment',
      post: { _type: 'reference', _ref: postId },
      name: session.user?.name,
      email: session.user?.email,
      text,
      approved: false,
    });
    return res.status(202).json({ message: 'Comment submitted for moderation' });
  }

  res.setHeader('Allow', 'GET, POST');
  res.status(405).end();
}
