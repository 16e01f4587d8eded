import type { NextApiRequest, NextApiResponse } from 'next';
import { contactSchema } from '@/lib/validation';
import { queueContactEmail } from '@/lib/mailer';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'POST') {
    const parsed = contactSchema.safeParse(req.body);
    if (!parsed.success) {
      res.status(400);
      return res.json({ errors: parsed.error.flatten().fieldErrors });
    }

    await queueContactEmail(parsed.data);
    res.status(202);
    res.json({ queued: true });
  }
}
