'use strict';

const store = require('../data/store');

/** Computes the caller for the handlers: req.user from X-User-Id (stands in for a decoded token), and res.locals.userId. */
function currentUser(req, res, next) {
  const id = req.header('x-user-id');
  req.user = id ? store.users.find((u) => u.id === id) || null : null;
  // for the handlers that only need the id
  res.locals.userId = req.user ? req.user.id : null;
  next();
}

module.exports = currentUser;
