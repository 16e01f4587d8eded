import type { NextApiRequest, NextApiResponse } from 'next';

interface Coupon {
  code: string;
  percentOff: number;
  expiresAt?: string;
  minTotal?: number;
}

const COUPONS: Coupon[] = JSON.parse(process.env.COUPONS_JSON ?? '[]');

export default function validateCoupon(req: NextApiRequest, res: NextApiResponse) {
  const code = String(req.query.code ?? '').toUpperCase();
  const total = Number(req.query.total ?? 0);

  const coupon = COUPONS.find((c) => c.code === code);
  if (!coupon) {
    res.statusCode = 404;
    res.end(JSON.stringify({ valid: false, reason: 'unknown' }));
    return;
  }
  if (coupon.expiresAt && new Date(coupon.expiresAt) < new Date()) {
    res.status(410);
    res.json({ valid: false, reason: 'expired' });
    return;
  }
  if (coupon.minTotal && total < coupon.minTotal) {
    return res.status(422).json({ valid: false, reason: 'minimum', minTotal: coupon.minTotal });
  }

  res.status(200).json({ valid: true, percentOff: coupon.percentOff, discount: Math.round(total * coupon.percentOff) / 100 });
}
