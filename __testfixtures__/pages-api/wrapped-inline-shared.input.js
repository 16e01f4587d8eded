const withTiming = (handler) => async (req, res) => {
  const started = Date.now();
  await handler(req, res);
  console.log(`${req.method} ${req.url} took ${Date.now() - started}ms`);
};

export default withTiming(async (req, res) => {
  const user = await findUser(req.query.id);
  if (!user) return res.status(404).json({ error: 'not found' });
  res.json(user);
});
