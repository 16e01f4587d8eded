import type { NextApiRequest, NextApiResponse } from 'next';
import { getSession } from 'next-auth/react';

// The older way to read the session on the server: next-auth's client fetches /api/auth/session
// with the request's cookie.
export default async function clientSession(req: NextApiRequest, res: NextApiResponse) {
  const session = await getSession({ req });
  if (!session?.user?.email) {
    return res.status(401).json({ signedIn: false });
  }
  res.status(200).json({ signedIn: true, email: session.user.email });
}
