import type { NextApiRequest, NextApiResponse } from 'next';
import QRCode from 'qrcode';

export default async function qrHandler(req: NextApiRequest, res: NextApiResponse) {
  const text = req.query.text;
  if (typeof text !== 'string' || text.length === 0 || text.length > 2048) {
    return res.status(400).json({ error: 'Pass ?text= (1-2048 chars)' });
  }
  const size = Math.min(Number(req.query.size) || 256, 1024);
  const png = await QRCode.toBuffer(text, { width: size, margin: 1 });
  res.setHeader('Content-Type', 'image/png');
  res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  res.send(png);
}
