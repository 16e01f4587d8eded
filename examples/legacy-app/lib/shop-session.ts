import type { IronSessionOptions } from 'iron-session';

export interface ShopperSession {
  name: string;
  cart: string[];
}

// iron-session 6: the session lives in a sealed cookie; the password seals and unseals it.
export const sessionOptions: IronSessionOptions = {
  cookieName: 'shop-session',
  password: process.env.SESSION_PASSWORD ?? 'e2e-session-password-at-least-32-characters',
  cookieOptions: { secure: false },
};

declare module 'iron-session' {
  interface IronSessionData {
    shopper?: ShopperSession;
  }
}
