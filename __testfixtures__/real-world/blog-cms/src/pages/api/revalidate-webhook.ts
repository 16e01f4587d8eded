import type { NextApiRequest, NextApiResponse } from 'next';
import { isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook';

const secret = process.env.SANITY_REVALIDATE_SECRET;

export const config = {
  api: {
    /**
     * Next.js will by default parse the body, which can lead to invalid signatures.
     */
    bodyParser: false,
  },
};

async function readBody(readable: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of readable) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export default async function revalidate(req: NextApiRequest, res: NextApiResponse) {
  const signature = req.headers[SIGNATURE_HEADER_NAME] as string;
  const body = await readBody(req);
  if (!secret || !isValidSignature(body, signature, secret)) {
    return res.status(401).json({ success: false, message: 'Invalid signature' });
  }

  const { _type: type, slug } = JSON.parse(body);
  const staleRoutes = type === 'post' ? ['/', '/blog', `/blog/${slug?.current}`] : ['/'];

  try {
    await Promise.all(staleRoutes.map((route) => res.revalidate(route)));
    return res.status(200).json({ revalidated: staleRoutes });
  } catch (err) {
    console.error(err);
    return res.status(500).json({ message: (err as Error).message });
  }
}
