'use strict';

const API_KEY = process.env.API_KEY || 'test-key';

/** Guard: only callers presenting the API key get through. */
function requireApiKey(req, res, next) {
  const key = req.get('x-api-key');
  if (!key) {
    return res.status(401).json({ error: 'API key required' });
  }
  if (key !== API_KEY) {
    return res.status(401).json({ error: 'Invalid API key' });
  }
  next();
}

module.exports = requireApiKey;
