'use strict';

/** Express 4 does not catch rejected promises: hand them to the error handler. */
module.exports = function asyncHandler(fn) {
  return function (req, res, next) {
    Promise.resolve(fn(req, res, next)).catch(next);
  };
};
