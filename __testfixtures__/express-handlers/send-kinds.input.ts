import type { Request, Response } from 'express';
import store from '../data/store';

export default (req: Request, res: Response) => {
  const format = req.query.format || 'json';
  switch (format) {
    case 'json':
      return res.send({ count: store.items.length });
    case 'html':
      return res.send(`<ul>${store.items.map((i) => `<li>${i.name}</li>`).join('')}</ul>`);
    case 'bin': {
      const buf = Buffer.alloc(2);
      buf.writeUInt16BE(0xcafe, 0);
      return res.send(buf);
    }
    case 'none':
      return res.send();
    default:
      return res.sendStatus(400);
  }
};
