'use strict';

/** An Error carrying the HTTP status the error handler answers with (and optional details). */
function httpError(status, message, details) {
  const err = new Error(message);
  err.status = status;
  if (details !== undefined) err.details = details;
  return err;
}

module.exports = { httpError };
