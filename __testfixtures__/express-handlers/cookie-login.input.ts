import type { Request, Response } from 'express';
import store from '../data/store';

const TWO_HOURS_MS = 2 * 60 * 60 * 1000;

// JSON from the SPA, urlencoded from the plain HTML form (which also sends `next`).
export default (req: Request, res: Response) => {
  const { email, password, theme, next } = req.body;
  const user = store.users.find((u) => u.email === email);
  if (!user || store.passwords[email] !== password) {
    return res.status(401).json({ error: 'Invalid email or password' });
  }
  res.cookie('sid', `s_${user.id}`, { maxAge: TWO_HOURS_MS, httpOnly: true, path: '/', sameSite: 'lax' });
  res.cookie('theme', theme === 'dark' ? 'dark' : 'light');
  if (typeof next === 'string' && next.startsWith('/')) {
    return res.redirect(303, next);
  }
  res.json({ signedIn: true, user: { id: user.id, name: user.name } });
};
