import { NextRequest, NextResponse } from 'next/server';
import { stripe } from '@/lib/stripe';
import { getCustomerId } from '@/lib/billing';

export async function GET(request: NextRequest) {
  const customerId = await getCustomerId(request.cookies.get('session')?.value);
  if (!customerId) {
    return NextResponse.redirect(new URL('/pricing', request.url), 307);
  }
  const portal = await stripe.billingPortal.sessions.create({ customer: customerId });
  return NextResponse.redirect(new URL(portal.url, request.url), 307);
}
