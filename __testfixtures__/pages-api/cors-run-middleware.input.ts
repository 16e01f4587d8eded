import Cors from 'cors';
import type { NextApiRequest, NextApiResponse } from 'next';

const cors = Cors({ methods: ['POST', 'GET', 'HEAD'] });

function runMiddleware(req: NextApiRequest, res: NextApiResponse, fn: Function) {
  return new Promise((resolve, reject) => {
    fn(req, res, (result: any) => {
      if (result instanceof Error) return reject(result);
      return resolve(result);
    });
  });
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  await runMiddleware(req, res, cors);
  // read in an expression, the method selects an input, not the methods answered
  const input = req.method === 'POST' ? req.body : req.query;
  res.json({ message: 'Hello Everyone!', input });
}
