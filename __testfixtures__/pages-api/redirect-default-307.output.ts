import { NextRequest } from 'next/server';
import { stripe } from '@/lib/stripe';
import { getCustomerId } from '@/lib/billing';

export async function GET(request: NextRequest) {
  const customerId = await getCustomerId(request.cookies.get('session')?.value);
  if (!customerId) {
    return new Response(null, { status: 307, headers: { location: '/pricing' } });
  }
  const portal = await stripe.billingPortal.sessions.create({ customer: customerId });
  return new Response(null, { status: 307, headers: { location: portal.url } });
}
