import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';

import { authOptions } from '../../auth/[...nextauth]';
import { prisma } from '@/lib/prisma';

type Settings = {
  slackWebhookUrl?: string | null;
  weeklyDigest?: boolean;
  timezone?: string;
};

export default async function handler(req: NextApiRequest, res: NextApiResponse<Settings | { error: string }>) {
  const session = await getServerSession(req, res, authOptions);
  const { projectId } = req.query;

  if (!session) {
    return res.status(401).json({ error: 'Unauthorized' });
  }
  if (typeof projectId !== 'string') {
    return res.status(400).json({ error: 'Invalid project id' });
  }

  try {
    if (req.method === 'PUT') {
      const { slackWebhookUrl, weeklyDigest, timezone }: Settings = req.body;
      if (slackWebhookUrl && !slackWebhookUrl.startsWith('https://hooks.slack.com/')) {
        return res.status(400).json({ error: 'Not a Slack webhook URL' });
      }
      const settings = await prisma.projectSettings.upsert({
        where: { projectId },
        update: { slackWebhookUrl, weeklyDigest, timezone },
        create: { projectId, slackWebhookUrl, weeklyDigest, timezone },
      });
      return res.json(settings);
    }

    const settings = await prisma.projectSettings.findUnique({ where: { projectId } });
    res.json(settings ?? { weeklyDigest: true, timezone: 'UTC' });
  } catch (e) {
    console.error('[settings]', e);
    res.status(500).json({ error: 'Something went wrong' });
  }
}
