import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { IncomingForm } from 'formidable';
import { promises as fs } from 'fs';
import type { NextApiRequest, NextApiResponse } from 'next';
import { nanoid } from 'nanoid';

import dbConnect from '../../../../lib/db';
import Product from '../../../../models/Product';

export const config = {
  api: { bodyParser: false },
};

const s3 = new S3Client({ region: process.env.AWS_REGION });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    return res.status(405).json({ error: 'Only POST is supported' });
  }

  const form = new IncomingForm({ maxFiles: 6, filter: ({ mimetype }) => !!mimetype?.startsWith('image/') });
  const [, files] = await form.parse(req);
  const images = files.image ?? [];
  if (images.length === 0) {
    return res.status(400).json({ error: 'No image uploaded' });
  }

  const urls: string[] = [];
  for (const image of images) {
    const key = `products/${req.query.id}/${nanoid()}-${image.originalFilename}`;
    await s3.send(
      new PutObjectCommand({ Bucket: process.env.S3_BUCKET, Key: key, Body: await fs.readFile(image.filepath), ContentType: image.mimetype ?? undefined })
    );
    urls.push(`https://${process.env.S3_BUCKET}.s3.amazonaws.com/${key}`);
  }

  await dbConnect();
  await Product.updateOne({ _id: req.query.id }, { $push: { images: { $each: urls } } });
  res.status(201).json({ urls });
}
