import crypto from 'crypto';
import type { NextApiRequest, NextApiResponse } from 'next';
import { bus } from '@/lib/events';

export const config = {
  api: { bodyParser: false },
};

function getRawBody(req: NextApiRequest): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export default async function githubWebhook(req: NextApiRequest, res: NextApiResponse) {
  const raw = await getRawBody(req);
  const signature = req.headers['x-hub-signature-256'] as string | undefined;
  const expected = 'sha256=' + crypto.createHmac('sha256', process.env.GITHUB_WEBHOOK_SECRET!).update(raw).digest('hex');

  if (!signature || !crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) {
    return res.status(401).json({ error: 'Bad signature' });
  }

  const event = req.headers['x-github-event'];
  const payload = JSON.parse(raw.toString('utf8'));
  if (event === 'workflow_run') {
    bus.emit('build', { id: String(payload.workflow_run.id), type: 'status', data: payload.workflow_run.status, at: Date.now() });
  }

  res.status(200).json({ ok: true, event });
}
