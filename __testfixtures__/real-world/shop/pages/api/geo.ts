import type { NextApiRequest, NextApiResponse } from 'next';

const CURRENCY_BY_COUNTRY: Record<string, string> = { US: 'usd', GB: 'gbp', DE: 'eur', FR: 'eur', JP: 'jpy', CA: 'cad' };

// Used by the storefront to preselect currency and shipping country.
export default function geo(req: NextApiRequest, res: NextApiResponse) {
  const country = (req.headers['x-vercel-ip-country'] as string | undefined) ?? 'US';
  const city = req.headers['x-vercel-ip-city'] ? decodeURIComponent(req.headers['x-vercel-ip-city'] as string) : null;
  const forwarded = req.headers['x-forwarded-for'];
  const ip = typeof forwarded === 'string' ? forwarded.split(',')[0].trim() : req.socket.remoteAddress;

  res.setHeader('Cache-Control', 'private, no-store');
  res.status(200).json({
    country,
    city,
    currency: CURRENCY_BY_COUNTRY[country] ?? 'usd',
    ip: process.env.NODE_ENV === 'development' ? ip : undefined,
  });
}
