import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';

import { authOptions } from '../auth/[...nextauth]';
import { withAuth } from '@/lib/api-middlewares/with-auth';
import { prisma } from '@/lib/prisma';
import { stripe } from '@/lib/stripe';

const returnUrl = process.env.NEXT_PUBLIC_APP_URL + '/dashboard/billing';

async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  const user = await prisma.user.findUnique({
    where: { email: session!.user!.email! },
    select: { stripeCustomerId: true },
  });

  if (!user?.stripeCustomerId) {
    // Nothing to manage yet: send them to the pricing page instead.
    return res.redirect(303, '/pricing');
  }

  const portal = await stripe.billingPortal.sessions.create({
    customer: user.stripeCustomerId,
    return_url: returnUrl,
  });

  res.redirect(303, portal.url);
}

export default withAuth(handler);
