import type { NextApiRequest, NextApiResponse } from 'next';
import { getTeamMembers } from '@/lib/teams';

// GET /api/teams/acme/members?slug=other&role=admin reads slug 'acme': the path segment wins.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const { slug, role } = req.query;
    const members = await getTeamMembers(slug as string, { role: role as string | undefined });
    return res.status(200).json({ team: slug, members });
  }
}
