// Uptime probes use whatever method their vendor picked.
export default (req, res) => {
  res.type('text').send(`pong ${req.method}`);
};
