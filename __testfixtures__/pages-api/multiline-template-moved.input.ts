import type { NextApiRequest, NextApiResponse } from 'next';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  switch (req.method) {
    case 'GET': {
      const html = `<ul>
        <li>one</li>
	<li>two, after a tab</li>
      </ul>`;
      res.setHeader('Content-Type', 'text/html');
      res.status(200).send(html);
      break;
    }
    case 'POST': {
      const text = 'first line, \
        continued';
      res.status(201).send(text);
      break;
    }
  }
}
