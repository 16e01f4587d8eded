import type { NextApiRequest, NextApiResponse } from 'next';
import nc from 'next-connect';

const API_KEY = 'nc0-key';

class NotFound extends Error {
  status = 404;
}

const handler = nc<NextApiRequest, NextApiResponse>({
  onError: (err, req, res) => {
    res.status(err.status ?? 500).json({ error: err.message });
  },
  onNoMatch: (req, res) => {
    res.setHeader('Allow', 'GET, DELETE');
    res.status(405).json({ error: `Method ${req.method} not allowed` });
  },
});

// every order route needs the key
handler.use((req, res, next) => {
  if (req.headers['x-api-key'] !== API_KEY) {
    return res.status(401).json({ error: 'Missing API key' });
  }
  next();
});

handler.get((req, res) => {
  const { id } = req.query;
  if (id === 'missing') throw new NotFound(`Order ${id} not found`);
  res.status(200).json({ id, total: 42, currency: 'EUR' });
});

handler.delete(async (req, res) => {
  res.status(204).end();
});

export default handler;
