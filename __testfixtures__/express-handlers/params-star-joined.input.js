import { readDoc } from '../lib/docs.js';

// /api/docs/guides/setup → req.params[0] === 'guides/setup'
export default async function getDoc(req, res) {
  const doc = await readDoc(req.params[0]);
  if (!doc) return res.status(404).send(`No doc at ${req.params[0]}`);
  res.type('md').send(doc);
}
