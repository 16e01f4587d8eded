import { decode } from 'next-auth/jwt';
import { authOptions } from '@/pages/api/auth/[...nextauth]';

export const SESSION_COOKIE = 'next-auth.session-token';

export interface SessionUser {
  name: string;
  email: string;
}

/** Reads the user out of a next-auth session token (the JWT cookie), or null. */
export async function userFromSessionToken(token: string | undefined): Promise<SessionUser | null> {
  if (!token) return null;
  try {
    const payload = await decode({ token, secret: authOptions.secret as string });
    if (!payload || typeof payload.email !== 'string') return null;
    return { name: String(payload.name ?? ''), email: payload.email };
  } catch {
    return null;
  }
}
