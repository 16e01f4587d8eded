import { withIronSessionApiRoute } from 'iron-session/next';
import type { NextApiRequest, NextApiResponse } from 'next';
import { sessionOptions } from '@/lib/shop-session';

// Who is signed in, and what is in their cart; DELETE signs out.
export default withIronSessionApiRoute(async function me(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'DELETE') {
    req.session.destroy();
    return res.json({ signedIn: false });
  }
  const shopper = req.session.shopper;
  if (!shopper) return res.status(401).json({ signedIn: false });
  res.json({ signedIn: true, name: shopper.name, items: shopper.cart.length });
}, sessionOptions);
