import type { NextApiRequest, NextApiResponse } from 'next';
import type { User } from '../../../interfaces';

export default function userHandler(req: NextApiRequest, res: NextApiResponse<User>) {
  const {
    query: { id, name },
    method,
  } = req;

  switch (method) {
    case 'GET':
      // Get data from your database
      res.status(200).json({ id: Number(id), name: `User ${id}` });
      break;
    case 'PUT':
      // Update or create data in your database
      res.status(200).json({ id: Number(id), name: name as string });
      break;
    default:
      res.setHeader('Allow', ['GET', 'PUT']);
      res.status(405).end(`Method ${method} Not Allowed`);
  }
}
