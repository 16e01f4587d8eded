import type { NextApiRequest, NextApiResponse } from 'next';
import { SIGNATURE_HEADER, constructEvent, webhookSecret } from '@/lib/webhooks';

export const config = { api: { bodyParser: false } };

async function readRawBody(req: NextApiRequest): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  return Buffer.concat(chunks);
}

// Same provider as webhooks/payment, read without a helper library.
export default async function iteratedWebhook(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end('Method Not Allowed');
  }
  const raw = await readRawBody(req);
  try {
    const event = constructEvent(raw, req.headers[SIGNATURE_HEADER], webhookSecret());
    res.status(200).json({ received: true, type: event.type, bytes: raw.length });
  } catch (err) {
    res.status(400).send(`Webhook Error: ${(err as Error).message}`);
  }
}
