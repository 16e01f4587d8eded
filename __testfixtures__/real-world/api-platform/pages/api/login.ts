import { withIronSessionApiRoute } from 'iron-session/next';
import type { NextApiRequest, NextApiResponse } from 'next';

import { fetchGitHubUser } from '~/lib/github';
import { sessionOptions, type SessionUser } from '~/lib/session';

async function loginRoute(req: NextApiRequest, res: NextApiResponse) {
  const { username } = await req.body;

  try {
    const { id, login, avatar_url: avatarUrl } = await fetchGitHubUser(username);
    const user = { id: String(id), isLoggedIn: true, login, avatarUrl } as SessionUser;
    req.session.user = user;
    await req.session.save();
    res.json(user);
  } catch (error) {
    res.status(500).json({ message: (error as Error).message });
  }
}

export default withIronSessionApiRoute(loginRoute, sessionOptions);
