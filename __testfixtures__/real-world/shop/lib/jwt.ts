import { jwtVerify } from 'jose';

const secret = new TextEncoder().encode(process.env.JWT_SECRET);

export async function verifyToken(token: string) {
  const { payload } = await jwtVerify(token, secret);
  return payload as { id: string; email: string; role: 'admin' | 'customer' };
}
