import Stripe from 'stripe';

export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', {
  apiVersion: '2023-10-16',
  typescript: true,
});

export const PLANS = {
  pro: process.env.STRIPE_PRO_MONTHLY_PLAN_ID ?? '',
  team: process.env.STRIPE_TEAM_MONTHLY_PLAN_ID ?? '',
};
