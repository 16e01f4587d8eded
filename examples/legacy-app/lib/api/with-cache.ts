import type { NextApiHandler } from 'next';

export interface CacheOptions {
  /** Seconds a shared cache may keep the answer. */
  maxAge: number;
  /** Seconds a stale answer may still be served while it is refreshed. */
  staleWhileRevalidate?: number;
}

/** Sets a public Cache-Control header on every answer of the route, then runs it. */
export function withCache(handler: NextApiHandler, { maxAge, staleWhileRevalidate }: CacheOptions): NextApiHandler {
  const value = [`public`, `s-maxage=${maxAge}`, staleWhileRevalidate !== undefined && `stale-while-revalidate=${staleWhileRevalidate}`]
    .filter(Boolean)
    .join(', ');
  return (req, res) => {
    res.setHeader('Cache-Control', value);
    return handler(req, res);
  };
}
