import { NextRequest, NextResponse } from 'next/server';
import Stripe from 'stripe';
import { fulfillOrder } from '@/lib/orders';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function POST(request: NextRequest) {
  const buf = Buffer.from(await request.arrayBuffer());
  const signature = (request.headers.get('stripe-signature') ?? undefined) as string;

  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(buf, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    return new Response(`Webhook Error: ${(err as Error).message}`, { status: 400 });
  }

  if (event.type === 'checkout.session.completed') {
    await fulfillOrder(event.data.object as Stripe.Checkout.Session);
  }
  return NextResponse.json({ received: true }, { status: 200 });
}
