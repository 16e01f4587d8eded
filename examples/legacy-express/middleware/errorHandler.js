'use strict';

/** The app's last middleware: every next(err) and every rejected asyncHandler ends here. */
// eslint-disable-next-line no-unused-vars
function errorHandler(err, req, res, next) {
  if (res.headersSent) {
    return next(err);
  }
  const status = err.status || err.statusCode || 500;
  if (status >= 500) {
    console.error(`${req.method} ${req.originalUrl}:`, err.message);
  }
  const body = { error: status >= 500 ? 'Internal Server Error' : err.message };
  if (err.details !== undefined) body.details = err.details;
  res.status(status).json(body);
}

module.exports = errorHandler;
