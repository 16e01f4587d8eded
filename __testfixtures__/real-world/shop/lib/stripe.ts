import Stripe from 'stripe';

export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, {
  apiVersion: '2024-11-20.acacia',
});

export function formatAmountForStripe(amount: number, currency: string): number {
  const parts = new Intl.NumberFormat(['en-US'], { style: 'currency', currency }).formatToParts(amount);
  const zeroDecimal = parts.every((part) => part.type !== 'decimal');
  return zeroDecimal ? amount : Math.round(amount * 100);
}
