'use strict';

const express = require('express');

const store = require('../data/store');

const router = express.Router();
const TWO_HOURS_MS = 2 * 60 * 60 * 1000;

// JSON from the SPA, urlencoded from the plain HTML form (which also sends `next`).
router.post('/login', (req, res) => {
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
});

router.get('/me', (req, res) => {
  const { sid, theme } = req.cookies;
  const user = sid && store.users.find((u) => `s_${u.id}` === sid);
  if (!user) {
    return res.status(401).json({ signedIn: false });
  }
  res.json({ signedIn: true, name: user.name, theme: theme || 'light' });
});

router.post('/logout', (req, res) => {
  res.clearCookie('sid', { httpOnly: true, sameSite: 'lax' });
  res.clearCookie('theme');
  res.redirect('/api');
});

module.exports = router;
