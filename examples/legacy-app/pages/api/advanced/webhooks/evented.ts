import type { NextApiRequest, NextApiResponse } from 'next';
import { SIGNATURE_HEADER, constructEvent, webhookSecret } from '@/lib/webhooks';

export const config = {
  api: {
    bodyParser: false,
  },
};

// Reads the body the callback way, as older Node code did.
export default async function eventedWebhook(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end('Method Not Allowed');
  }
  const raw = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
  let type: string;
  try {
    type = constructEvent(raw, req.headers[SIGNATURE_HEADER], webhookSecret()).type;
  } catch (err) {
    res.status(400).send(`Webhook Error: ${err instanceof Error ? err.message : String(err)}`);
    return;
  }
  res.status(200).json({ received: true, type });
}
