import type { NextApiRequest, NextApiResponse } from 'next';

// An HTML <form method="post"> target: the body arrives urlencoded.
export default function contact(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    return res.status(405).json({ error: 'Method not allowed' });
  }
  const { name, email, topics } = req.body;
  if (!email) {
    return res.status(400).json({ error: 'email is required' });
  }
  res.status(200).json({ received: { name: name ?? null, email, topics: topics ?? [] } });
}
