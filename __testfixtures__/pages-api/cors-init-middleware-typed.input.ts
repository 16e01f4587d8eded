import type { NextApiRequest, NextApiResponse } from 'next';
import Cors from 'cors';

// The typed form of Next's initMiddleware helper
function initMiddleware(middleware: any): (req: NextApiRequest, res: NextApiResponse) => Promise<unknown> {
  return (req: NextApiRequest, res: NextApiResponse): Promise<unknown> =>
    new Promise((resolve, reject) => {
      middleware(req, res, (result: unknown) => {
        if (result instanceof Error) {
          return reject(result);
        }
        return resolve(result);
      });
    });
}

const cors = initMiddleware(
  Cors({
    methods: ['GET', 'POST', 'OPTIONS'],
  })
);

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  await cors(req, res);
  res.json({ message: 'Hello Everyone!' });
}
