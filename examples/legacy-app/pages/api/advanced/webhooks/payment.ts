import type { NextApiRequest, NextApiResponse } from 'next';
import { buffer } from 'micro';
import { SIGNATURE_HEADER, constructEvent, webhookSecret } from '@/lib/webhooks';

// The signature covers the exact bytes sent, so Next must not parse the body first.
export const config = {
  api: {
    bodyParser: false,
  },
};

export default async function paymentWebhook(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end('Method Not Allowed');
  }
  const buf = await buffer(req);
  let event;
  try {
    event = constructEvent(buf, req.headers[SIGNATURE_HEADER], webhookSecret());
  } catch (err) {
    const message = err instanceof Error ? err.message : 'Unknown error';
    return res.status(400).send(`Webhook Error: ${message}`);
  }
  res.status(200).json({ received: true, type: event.type });
}
