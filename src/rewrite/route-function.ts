// One route function, rewritten: the legacy (req, res) function becomes (request, …) => Response.
// Every shape (plain handler, method function, wrapper, next-connect handler) ends here.
//   async function handler(req, res) { res.json(await load(req.query.id)) }
//   →  async function handler(request: NextRequest) { const query = legacyQuery(request); return NextResponse.json(await load(query.id)) }

import type { ASTPath } from 'jscodeshift';
import { awaitFormParse, awaitPromiseChains } from './await-promise-chains';
import type { RewriteContext } from './context';
import { rewriteLibraryCalls, type LegacyNames } from './library-calls';
import { rewriteRequest } from './rewrite-request';
import { rewriteResponse } from './rewrite-response';
import { finishRouteFunction } from './route-module';

export interface RouteFunctionOptions {
  /** Calls handled before the library table (a wrapper's `handler(req, res)`); true when taken. */
  follow?: (call: ASTPath<any>) => boolean;
  /** A wrapper's function: takes and hands on `(request, <routeContext>)` whatever it reads. */
  routeContext?: string;
}

/** Rewrite req/res inside one route function and give it its route-handler signature. */
export function rewriteRouteFunction(ctx: RewriteContext, fn: ASTPath<any>, names: LegacyNames, wasAsync: boolean, options: RouteFunctionOptions = {}): void {
  if (names.res) awaitPromiseChains(ctx, fn, names.res);
  if (names.req && ctx.bodyParserDisabled) awaitFormParse(ctx, fn, names.req);
  rewriteLibraryCalls(ctx, fn, names, options.follow);
  if (names.req) rewriteRequest(ctx, fn, names.req);
  if (names.res) rewriteResponse(ctx, fn, names.res);
  if (ctx.sink.blocks()) return;
  finishRouteFunction(ctx, fn, wasAsync, options.routeContext);
}
