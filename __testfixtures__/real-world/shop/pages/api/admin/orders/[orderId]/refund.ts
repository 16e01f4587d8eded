import type { NextApiRequest, NextApiResponse } from 'next';

import dbConnect from '../../../../../lib/db';
import { stripe } from '../../../../../lib/stripe';
import { withAdmin } from '../../../../../lib/with-admin';
import Order from '../../../../../models/Order';

async function refundOrder(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end();
  }

  await dbConnect();
  const order = await Order.findById(req.query.orderId);
  if (!order) return res.status(404).json({ error: 'Order not found' });
  if (order.status !== 'paid' && order.status !== 'shipped') {
    return res.status(409).json({ error: `Cannot refund an order that is ${order.status}` });
  }

  const refund = await stripe.refunds.create({
    payment_intent: order.stripePaymentIntent,
    reason: req.body.reason ?? 'requested_by_customer',
  });
  order.status = 'refunded';
  await order.save();

  res.status(200).json({ refund: refund.id, status: refund.status });
}

export default withAdmin(refundOrder);
