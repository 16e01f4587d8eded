import type { NextApiHandler, NextApiRequest, NextApiResponse } from 'next';
import { listProjects, createProject } from '@/lib/projects';

// every answer of this route carries the CORS headers
function withCors(handler: NextApiHandler): NextApiHandler {
  return async (req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Methods', 'GET,POST');
    if (!req.headers.authorization) {
      return res.status(401).json({ error: 'Unauthorized' });
    }
    try {
      await handler(req, res);
    } catch (error) {
      console.error(error);
      res.status(500).json({ error: 'Internal Server Error' });
    }
  };
}

async function handler(req: NextApiRequest, res: NextApiResponse) {
  switch (req.method) {
    case 'GET':
      return res.status(200).json(await listProjects());
    case 'POST':
      return res.status(201).json(await createProject(req.body));
    default:
      res.setHeader('Allow', ['GET', 'POST']);
      return res.status(405).end();
  }
}

export default withCors(handler);
