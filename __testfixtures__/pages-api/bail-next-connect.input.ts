// RS103
import type { NextApiRequest, NextApiResponse } from 'next';
import nc from 'next-connect';
import { auth } from '@/lib/middleware/auth';
import { listUploads, createUpload } from '@/lib/uploads';

const handler = nc<NextApiRequest, NextApiResponse>({
  onError: (err, req, res) => {
    res.status(500).json({ error: err.message });
  },
})
  .use(auth)
  .get(async (req, res) => {
    res.json(await listUploads());
  })
  .post(async (req, res) => {
    res.status(201).json(await createUpload(req.body));
  });

export default handler;
