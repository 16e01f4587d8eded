'use strict';

const store = require('../data/store');

/** Computes the caller for the handlers: req.user from X-User-Id (stands in for a decoded token). */
function currentUser(req, res, next) {
  const id = req.header('x-user-id');
  req.user = id ? store.users.find((u) => u.id === id) || null : null;
  next();
}

module.exports = currentUser;
