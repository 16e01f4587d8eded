import Cors from 'cors';
import type { NextApiRequest, NextApiResponse } from 'next';

const publicCors = Cors({ methods: ['GET', 'HEAD'] });
const partnerCors = Cors({ origin: 'https://partner.example.com', credentials: true });

function runMiddleware(req: NextApiRequest, res: NextApiResponse, fn: Function) {
  return new Promise((resolve, reject) => {
    fn(req, res, (result: any) => {
      if (result instanceof Error) return reject(result);
      return resolve(result);
    });
  });
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  await runMiddleware(req, res, publicCors);
  await runMiddleware(req, res, partnerCors);
  res.json({ message: 'Hello Everyone!' });
}
