// Library wrappers with a known route-handler form. Each has a small module routeshift writes beside
// the legacy-API helper, exporting a wrapper of the same name that takes a route handler; the route's
// import is re-pointed there and its handler reads what the wrapper gave it.
//   import { withIronSessionApiRoute } from 'iron-session/next'   →   from '../../_lib/iron-session-route'
//   req.session.user                                                →   session.user   (the handler's third parameter)

import * as path from 'node:path';

export interface LibraryWrapper {
  module: string;
  name: string;
  /** File name (no extension) of the route-handler form, beside the legacy-API helper. */
  file: string;
  /** What `req.<member>` becomes: the handler's third parameter. */
  requestMember: string;
  /** Type of that parameter, imported from `typeModule` (TypeScript). */
  type: { name: string; module: string };
  source(lang: 'ts' | 'js'): string;
}

// iron-session 6/7 read a Web Request and write Set-Cookie onto a Web Response (`"credentials" in req`,
// `res.headers.append`), so the project's own version serves the route handler: no upgrade, same cookie.
const IRON_SESSION_TS = `// Added by routeshift: the route-handler form of iron-session/next's withIronSessionApiRoute.
// The session is read from the request's cookie; what session.save() and destroy() write is added
// to the handler's answer. Safe to edit; routeshift only adds it.
import { getIronSession, type IronSession, type IronSessionOptions } from 'iron-session';
import type { NextRequest } from 'next/server';

type SessionRouteHandler = (request: NextRequest, context: any, session: IronSession) => Response | Promise<Response>;

export function withIronSessionApiRoute(handler: SessionRouteHandler, options: IronSessionOptions) {
  return async (request: NextRequest, context: any): Promise<Response> => {
    const written = new Response();
    const session = await getIronSession(request, written, options);
    const answer = await handler(request, context, session);
    const cookies = written.headers.getSetCookie();
    if (cookies.length === 0) return answer;
    const headers = new Headers(answer.headers);
    for (const cookie of cookies) headers.append('set-cookie', cookie);
    return new Response(answer.body, { status: answer.status, statusText: answer.statusText, headers });
  };
}
`;

function ironSessionJs(): string {
  return IRON_SESSION_TS.replace("import { getIronSession, type IronSession, type IronSessionOptions } from 'iron-session';", "import { getIronSession } from 'iron-session';")
    .replace("import type { NextRequest } from 'next/server';\n", '')
    .replace(/\ntype SessionRouteHandler = [^\n]*\n/, '')
    .replace('(handler: SessionRouteHandler, options: IronSessionOptions)', '(handler, options)')
    .replace('async (request: NextRequest, context: any): Promise<Response> =>', 'async (request, context) =>');
}

export const LIBRARY_WRAPPERS: LibraryWrapper[] = [
  {
    module: 'iron-session/next',
    name: 'withIronSessionApiRoute',
    file: 'iron-session-route',
    requestMember: 'session',
    type: { name: 'IronSession', module: 'iron-session' },
    source: (lang) => (lang === 'ts' ? IRON_SESSION_TS : ironSessionJs()),
  },
];

export function libraryWrapper(module: string, name: string): LibraryWrapper | undefined {
  return LIBRARY_WRAPPERS.find((w) => w.module === module && w.name === name);
}

/** 'app/_lib/legacy-api' + wrapper → 'app/_lib/iron-session-route.ts' */
export function libraryWrapperPath(runtimeModule: string, wrapper: LibraryWrapper, lang: 'ts' | 'js'): string {
  return `${path.posix.dirname(runtimeModule)}/${wrapper.file}.${lang}`;
}
