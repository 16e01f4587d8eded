import type { NextApiResponse } from 'next';
import type { NextHandler } from 'next-connect';
import dbConnect from '../db';
import type { ApiRequest } from '../handler';

export default async function database(req: ApiRequest, res: NextApiResponse, next: NextHandler) {
  await dbConnect();
  return next();
}
