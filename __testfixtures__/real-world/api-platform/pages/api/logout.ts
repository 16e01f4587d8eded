import { withIronSessionApiRoute } from 'iron-session/next';
import type { NextApiRequest, NextApiResponse } from 'next';
import { sessionOptions } from '~/lib/session';

export default withIronSessionApiRoute(function logoutRoute(req: NextApiRequest, res: NextApiResponse) {
  const login = req.session.user?.login;
  req.session.destroy();
  if (login) console.info(`[auth] ${login} signed out`);

  // The dashboard also keeps a readable hint cookie for the header avatar.
  res.setHeader('Set-Cookie', 'platform-avatar=; Path=/; Max-Age=0');
  res.json({ login: '', avatarUrl: '', isLoggedIn: false });
}, sessionOptions);
