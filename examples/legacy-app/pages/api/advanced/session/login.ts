import { withIronSessionApiRoute } from 'iron-session/next';
import type { NextApiRequest, NextApiResponse } from 'next';
import { sessionOptions } from '@/lib/shop-session';

// Signs a shopper in: the session cookie is sealed and sent back.
async function login(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).json({ error: 'POST only' });
  }
  const name = typeof req.body?.name === 'string' ? req.body.name.trim() : '';
  if (!name) return res.status(400).json({ error: 'name is required' });
  req.session.shopper = { name, cart: [] };
  await req.session.save();
  res.status(200).json({ signedIn: true, name });
}

export default withIronSessionApiRoute(login, sessionOptions);
