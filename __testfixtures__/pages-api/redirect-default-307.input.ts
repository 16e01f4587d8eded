import type { NextApiRequest, NextApiResponse } from 'next';
import { stripe } from '@/lib/stripe';
import { getCustomerId } from '@/lib/billing';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const customerId = await getCustomerId(req.cookies.session);
    if (!customerId) {
      return res.redirect('/pricing');
    }
    const portal = await stripe.billingPortal.sessions.create({ customer: customerId });
    res.redirect(portal.url);
  }
}
