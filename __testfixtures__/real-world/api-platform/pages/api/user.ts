import { withIronSessionApiRoute } from 'iron-session/next';
import type { NextApiRequest, NextApiResponse } from 'next';
import { sessionOptions, type SessionUser } from '~/lib/session';

async function userRoute(req: NextApiRequest, res: NextApiResponse<SessionUser>) {
  if (req.session.user) {
    // in a real world application you might read the user id from the session and then do a database request
    // to get more information on the user if needed
    res.json({
      ...req.session.user,
      isLoggedIn: true,
    });
  } else {
    res.json({
      id: '',
      isLoggedIn: false,
      login: '',
      avatarUrl: '',
    });
  }
}

export default withIronSessionApiRoute(userRoute, sessionOptions);
