import type { Request, Response } from 'express';

const SECURITY = { 'X-Frame-Options': 'DENY', 'X-Content-Type-Options': 'nosniff' };

export default (req: Request, res: Response) => {
  res.set(SECURITY);
  res.set({ 'X-Version': 3, 'Content-Type': 'text/plain' });
  res.setHeader('X-Powered-By', 'routeshift');
  res.append('X-Tags', ['a', 'b']);
  res.append('X-Count', 2);
  res.header('Content-Type', 'text/csv').send('a,b\n1,2\n');
};
