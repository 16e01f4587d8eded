import type { NextApiRequest, NextApiResponse } from 'next';
import { cache } from '@/lib/cache';
import { fetchForecast } from '@/lib/weather';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const city = (req.query.city as string) || 'London';
    const cached = await cache.get(`forecast:${city}`);
    if (cached) {
      res.status(200).json(cached);
      return;
    }
    const forecast = await fetchForecast(city);
    await cache.set(`forecast:${city}`, forecast, { ttl: 600 });
    res.status(200).json(forecast);
  }
}
