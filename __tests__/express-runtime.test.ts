// The Express helper module answers as Express's own `res` does: each case runs the same call
// through real Express 4 (in-process, on 127.0.0.1) and through the helper, and compares status,
// content type, body, Location, Vary and Set-Cookie (an Expires computed from "now" is masked).

import * as fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { Server } from 'node:http';
import express from 'express';
import * as ts from 'typescript';
import { expressRuntimeSource } from '../src/rewrite/express-runtime';

type Helpers = Record<string, (...args: any[]) => any>;

interface Case {
  name: string;
  /** What the Express handler does with res (and req). */
  express: (req: express.Request, res: express.Response) => void;
  /** The same, written with the helpers: returns the Response. */
  helper: (h: Helpers, request: Request) => Response;
  headers?: Record<string, string>;
  method?: string;
}

const CASES: Case[] = [
  { name: 'send(string) is text/html', express: (_q, r) => void r.send('<b>hi</b>'), helper: (h) => h.expressSend('<b>hi</b>') },
  { name: 'send(object) is JSON', express: (_q, r) => void r.status(201).send({ a: [1, 'x'] }), helper: (h) => h.expressSend({ a: [1, 'x'] }, { status: 201 }) },
  { name: 'send(Buffer) is octet-stream', express: (_q, r) => void r.send(Buffer.from('raw')), helper: (h) => h.expressSend(Buffer.from('raw')) },
  { name: 'send(null) sends nothing, no type', express: (_q, r) => void r.send(null), helper: (h) => h.expressSend(null) },
  { name: 'send after type(text)', express: (_q, r) => void r.type('text').send('plain'), helper: (h) => { const hd = new Headers(); h.expressType(hd, 'text'); return h.expressSend('plain', { headers: hd }); } },
  { name: 'send after set(Content-Type, text/csv)', express: (_q, r) => void r.set('Content-Type', 'text/csv').send('a,b'), helper: (h) => { const hd = new Headers(); h.setExpressHeader(hd, 'Content-Type', 'text/csv'); return h.expressSend('a,b', { headers: hd }); } },
  { name: 'set(Content-Type, image/png) gains no charset', express: (_q, r) => void r.set('Content-Type', 'image/png').send(Buffer.from([1, 2])), helper: (h) => { const hd = new Headers(); h.setExpressHeader(hd, 'Content-Type', 'image/png'); return h.expressSend(Buffer.from([1, 2]), { headers: hd }); } },
  { name: 'type(json) and a string', express: (_q, r) => void r.type('json').send('{"x":1}'), helper: (h) => { const hd = new Headers(); h.expressType(hd, 'json'); return h.expressSend('{"x":1}', { headers: hd }); } },
  { name: 'status 204 strips the body and type', express: (_q, r) => void r.status(204).send('gone'), helper: (h) => h.expressSend('gone', { status: 204 }) },
  { name: 'sendStatus(404)', express: (_q, r) => void r.sendStatus(404), helper: (h) => h.expressSendStatus(404) },
  { name: 'sendStatus(418)', express: (_q, r) => void r.sendStatus(418), helper: (h) => h.expressSendStatus(418) },
  { name: 'sendStatus(299) (no text)', express: (_q, r) => void r.sendStatus(299), helper: (h) => h.expressSendStatus(299) },
  {
    name: 'cookie with maxAge (ms), httpOnly, sameSite',
    express: (_q, r) => void r.cookie('sid', 'a b', { maxAge: 3_600_000, httpOnly: true, sameSite: 'lax' }).json({ ok: true }),
    helper: (h) => { const hd = new Headers(); h.expressCookie(hd, 'sid', 'a b', { maxAge: 3_600_000, httpOnly: true, sameSite: 'lax' }); return h.expressSend({ ok: true }, { headers: hd }); },
  },
  {
    name: 'cookie with an object value, path and domain',
    express: (_q, r) => void r.cookie('prefs', { theme: 'dark' }, { path: '/api', domain: 'example.com', secure: true }).send('ok'),
    helper: (h) => { const hd = new Headers(); h.expressCookie(hd, 'prefs', { theme: 'dark' }, { path: '/api', domain: 'example.com', secure: true }); return h.expressSend('ok', { headers: hd }); },
  },
  {
    name: 'clearCookie',
    express: (_q, r) => void r.clearCookie('sid').sendStatus(200),
    helper: (h) => { const hd = new Headers(); h.clearExpressCookie(hd, 'sid'); return h.expressSendStatus(200, hd); },
  },
  { name: 'redirect, no Accept', express: (_q, r) => r.redirect('/login?next=/a b'), helper: (h, q) => h.expressRedirect(q, '/login?next=/a b') },
  { name: 'redirect 301, Accept html', express: (_q, r) => r.redirect(301, 'https://example.com/x'), helper: (h, q) => h.expressRedirect(q, 'https://example.com/x', 301), headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } },
  { name: 'redirect, Accept json only', express: (_q, r) => r.redirect('/x'), helper: (h, q) => h.expressRedirect(q, '/x'), headers: { accept: 'application/json' } },
  { name: 'redirect, Accept */*', express: (_q, r) => r.redirect('/x'), helper: (h, q) => h.expressRedirect(q, '/x'), headers: { accept: '*/*' } },
  { name: 'redirect, Accept text/html;q=0.5, text/plain', express: (_q, r) => r.redirect('/x'), helper: (h, q) => h.expressRedirect(q, '/x'), headers: { accept: 'text/html;q=0.5, text/plain' } },
  { name: 'redirect with an HTML-ish target', express: (_q, r) => r.redirect('/a?b=<c>&d="e"'), helper: (h, q) => h.expressRedirect(q, '/a?b=<c>&d="e"'), headers: { accept: 'text/html' } },
  {
    name: 'set(array) and append',
    express: (_q, r) => void r.set('X-Tags', ['a', 'b']).append('X-Tags', 'c').json([]),
    helper: (h) => { const hd = new Headers(); h.setExpressHeader(hd, 'X-Tags', ['a', 'b']); hd.append('X-Tags', 'c'); return h.expressSend([], { headers: hd }); },
  },
];

let helpers: Helpers;
let server: Server;
let origin: string;

beforeAll(async () => {
  // the TypeScript helper module, compiled as a project would compile it
  const out = ts.transpileModule(expressRuntimeSource('ts'), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const file = path.join(__dirname, '..', '.tmp', `express-api-${process.pid}.js`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, out);
  helpers = require(file);
  const app = express();
  CASES.forEach((c, i) => app.all(`/case/${i}`, c.express));
  await new Promise<void>((resolve) => {
    server = app.listen(0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const maskExpires = (cookie: string) => cookie.replace(/Expires=(?!Thu, 01 Jan 1970)[^;]*/, 'Expires=<now + max-age>');

async function describeResponse(r: Response) {
  return {
    status: r.status,
    contentType: r.headers.get('content-type'),
    body: await r.text(),
    location: r.headers.get('location'),
    vary: r.headers.get('vary'),
    tags: r.headers.get('x-tags'),
    cookies: r.headers.getSetCookie().map(maskExpires),
  };
}

test.each(CASES.map((c, i) => [c.name, i] as const))('%s', async (_name, i) => {
  const c = CASES[i];
  const init = { method: c.method ?? 'GET', headers: c.headers ?? {}, redirect: 'manual' as const };
  const viaExpress = await describeResponse(await fetch(`${origin}/case/${i}`, init));
  const viaHelper = await describeResponse(c.helper(helpers, new Request(`${origin}/case/${i}`, init)));
  expect(viaHelper).toEqual(viaExpress);
});

test('the JavaScript flavour is plain JavaScript exporting the same helpers', () => {
  const js = expressRuntimeSource('js');
  expect(() => ts.transpileModule(js, { reportDiagnostics: true, compilerOptions: { allowJs: true } })).not.toThrow();
  const names = (src: string) => [...src.matchAll(/export function (\w+)/g)].map((m) => m[1]);
  expect(names(js)).toEqual(names(expressRuntimeSource('ts')));
  expect(js).not.toMatch(/: (string|number|unknown|Headers|Response|ResponseInit|Request)\b|interface |as const|\)!/);
});
