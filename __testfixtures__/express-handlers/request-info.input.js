// What the app sees of a request: support asks customers for this.
export default (req, res) => {
  res.json({
    method: req.method,
    hostname: req.hostname,
    protocol: req.protocol,
    secure: req.secure,
    path: req.path,
    url: req.url,
    baseUrl: req.baseUrl,
    originalUrl: req.originalUrl,
    query: req.query,
  });
};
