import type { Request, Response } from 'express';
import store from '../data/store';

export default (req: Request, res: Response) => {
  const { sid, theme } = req.cookies;
  const user = sid && store.users.find((u) => `s_${u.id}` === sid);
  if (!user) {
    return res.status(401).json({ signedIn: false });
  }
  res.json({ signedIn: true, name: user.name, theme: theme || 'light', prefs: req.cookies.prefs });
};
