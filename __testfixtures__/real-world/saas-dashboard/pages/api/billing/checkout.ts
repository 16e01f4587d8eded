import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';

import { authOptions } from '../auth/[...nextauth]';
import { prisma } from '@/lib/prisma';
import { PLANS, stripe } from '@/lib/stripe';

const billingUrl = `${process.env.NEXT_PUBLIC_APP_URL}/dashboard/billing`;

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end('Method Not Allowed');
  }

  const session = await getServerSession(req, res, authOptions);
  if (!session?.user?.email) {
    return res.status(401).json({ error: 'Unauthorized' });
  }

  const plan = (req.body.plan ?? 'pro') as keyof typeof PLANS;
  if (!(plan in PLANS)) {
    return res.status(400).json({ error: `Unknown plan "${plan}"` });
  }

  try {
    const user = await prisma.user.findUniqueOrThrow({ where: { email: session.user.email } });
    const checkout = await stripe.checkout.sessions.create({
      mode: 'subscription',
      customer_email: user.email!,
      line_items: [{ price: PLANS[plan], quantity: 1 }],
      success_url: `${billingUrl}?success=1`,
      cancel_url: billingUrl,
      metadata: { userId: user.id },
    });
    res.status(200).json({ url: checkout.url });
  } catch (err: any) {
    console.error(err);
    res.status(500).json({ error: err.message ?? 'Stripe error' });
  }
}
