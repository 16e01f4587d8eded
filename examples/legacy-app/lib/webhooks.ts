import { createHmac, timingSafeEqual } from 'node:crypto';

// Verifies payment-provider webhooks signed like Stripe's: a `payment-signature` header
// `t=<unix time>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`, keyed with the endpoint secret.

export const SIGNATURE_HEADER = 'payment-signature';

export function webhookSecret(): string {
  return process.env.WEBHOOK_SECRET ?? 'whsec_e2e';
}

export interface WebhookEvent {
  id: string;
  type: string;
  data?: unknown;
}

function parseHeader(header: string): { timestamp: string; signatures: string[] } {
  let timestamp = '';
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key, value] = part.split('=', 2);
    if (key === 't') timestamp = value ?? '';
    else if (key === 'v1' && value) signatures.push(value);
  }
  return { timestamp, signatures };
}

/**
 * Checks the signature over the exact bytes received and parses the event, like
 * stripe.webhooks.constructEvent (without the timestamp tolerance: replays are checked elsewhere).
 * Throws an Error whose message says what was wrong.
 */
export function constructEvent(payload: Buffer, header: string | string[] | undefined, secret: string): WebhookEvent {
  if (typeof header !== 'string' || header.length === 0) {
    throw new Error('No signatures found matching the expected signature for payload');
  }
  const { timestamp, signatures } = parseHeader(header);
  if (!timestamp || signatures.length === 0) {
    throw new Error('Unable to extract timestamp and signatures from header');
  }
  const expected = createHmac('sha256', secret).update(`${timestamp}.`).update(payload).digest();
  const matches = signatures.some((sig) => {
    const given = Buffer.from(sig, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!matches) {
    throw new Error('No signatures found matching the expected signature for payload');
  }
  let event: unknown;
  try {
    event = JSON.parse(payload.toString('utf8'));
  } catch {
    throw new Error('Payload is not valid JSON');
  }
  if (!event || typeof event !== 'object' || typeof (event as WebhookEvent).type !== 'string') {
    throw new Error('Payload is not an event');
  }
  return event as WebhookEvent;
}
