import type { NextApiRequest, NextApiResponse } from 'next';
import nextConnect from 'next-connect';

// The library's defaults answer errors (err.status || 500, the message as text) and other methods (404).
export default nextConnect<NextApiRequest, NextApiResponse>()
  .get((req, res) => {
    if (req.query.fail) throw new Error('widget exploded');
    res.json({ widgets: ['cog', 'sprocket'], page: Number(req.query.page ?? 1) });
  })
  .post(async (req, res) => {
    res.status(201).json({ created: req.body?.name ?? null });
  });
