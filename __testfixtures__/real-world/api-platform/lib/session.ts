import type { IronSessionOptions } from 'iron-session';

export type SessionUser = {
  id: string;
  login: string;
  isLoggedIn: boolean;
  avatarUrl: string;
};

export const sessionOptions: IronSessionOptions = {
  password: process.env.SECRET_COOKIE_PASSWORD as string,
  cookieName: 'platform-session',
  cookieOptions: {
    secure: process.env.NODE_ENV === 'production',
  },
};

// This is where we specify the typings of req.session.*
declare module 'iron-session' {
  interface IronSessionData {
    user?: SessionUser;
  }
}
