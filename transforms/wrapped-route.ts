// The route side of wrapped handlers: `export default withAuth(handler)` loses its wrappers while the
// handler is migrated like any other, and gets them back, each in its route-handler form: the
// project's own (rewritten in this file, or as its module's `.app` form), or a library's known one.

import type { FoundHandler } from '../src/analyze/find-handler';
import { codeStatement, type RewriteContext } from '../src/rewrite/context';
import { relativeSpecifier } from '../src/rewrite/import-specifiers';
import { libraryWrapper, libraryWrapperPath } from '../src/rewrite/library-wrappers';
import { findFunctionPath, programBody, rewriteLocalRouteFunction } from '../src/rewrite/local-functions';
import { HANDLER_SLOT, rewriteWrapper, wrapRouteExports } from '../src/rewrite/wrappers';
import { HTTP_METHODS, type ExtraFile, type HttpMethod } from '../src/types';
import { transformWrapperModule } from './wrapper-module';

export interface DetachedWrappers {
  /** The wrapper call, its handler replaced by HANDLER_SLOT. */
  template: any;
  wrappers: string[];
  /** `{ GET: fn, … }` when the wrapper takes a method map. */
  methodMap?: any;
}

//   export default withAuth(handler, opts)   →   export default handler   (+ the call kept as a template)
//   export default withMethods({ GET: list })  →  (statement removed; the object kept as `methodMap`)
export function detachWrappers(j: any, found: Extract<FoundHandler, { kind: 'wrapped' }>): DetachedWrappers {
  const template = found.call.value;
  const handler = found.innermost.arguments[found.slot];
  if (found.methodMap) {
    let statement = found.call;
    while (statement.parent && statement.parent.value.type !== 'Program') statement = statement.parent;
    statement.prune();
  } else found.call.replace(handler);
  found.innermost.arguments[found.slot] = j.identifier(HANDLER_SLOT);
  return { template, wrappers: found.wrappers, methodMap: found.methodMap ? handler : undefined };
}

/**
 * A method map: each entry becomes a method of the route, its function rewritten like any handler.
 *   withMethods({ GET: listThings, DELETE: async (req, res) => … })
 *   →  export { listThings as GET }; export async function DELETE(request) { … }   (wrapped afterwards)
 */
export function shapeMethodMap(ctx: RewriteContext, wrapping: DetachedWrappers): HttpMethod[] | undefined {
  const { j, sink } = ctx;
  const body = programBody(ctx);
  const methods: HttpMethod[] = [];
  const pending: Array<{ name: string; own?: boolean }> = [];
  for (const prop of wrapping.methodMap.properties) {
    const key = prop.key?.name ?? prop.key?.value;
    const value = prop.type === 'ObjectMethod' ? prop : prop.value;
    if (prop.computed || !HTTP_METHODS.includes(key)) {
      sink.add('RS107', prop, `method map key \`${key ?? '[…]'}\` is not an HTTP method`);
      return undefined;
    }
    methods.push(key);
    if (value.type === 'Identifier' && findFunctionPath(ctx, value.name) && ctx.root.find(j.Identifier, { name: value.name }).size() <= 2) {
      body.push(codeStatement(j, [`export { ${value.name} as ${key} };`]));
      pending.push({ name: value.name });
    } else if (/Function|ObjectMethod/.test(value.type)) {
      const fn = j.functionDeclaration(j.identifier(key), value.params, value.body.type === 'BlockStatement' ? value.body : j.blockStatement([j.returnStatement(value.body)]));
      fn.async = !!value.async;
      body.push(j.exportNamedDeclaration(fn));
      pending.push({ name: key, own: true });
    } else {
      sink.add('RS107', value, `method map entry \`${key}\` is not a function of this file`);
      return undefined;
    }
  }
  for (const { name } of pending) if (!rewriteLocalRouteFunction(ctx, name)) return undefined;
  return methods;
}

/**
 * Each wrapper is rewritten where it lives: in this file, or as the route-handler form of its
 * project module (an extra file; the route's import is re-pointed there). Library wrappers are reported.
 */
export function migrateWrappers(ctx: RewriteContext, wrapping: DetachedWrappers): ExtraFile[] {
  const { j, root, sink, input } = ctx;
  const files: ExtraFile[] = [];
  for (const name of new Set(wrapping.wrappers)) {
    const local = findFunctionPath(ctx, name);
    if (local) {
      if (!rewriteWrapper(ctx, local, name)) sink.add('RS101', wrapping.template, `wrapper \`${name}\` (see RS108)`);
      continue;
    }
    const imported = root.find(j.ImportDeclaration).filter((p: any) => (p.value.specifiers ?? []).some((s: any) => s.local?.name === name));
    if (imported.size() === 0) {
      sink.add('RS101', wrapping.template, `wrapper \`${name}\` is not defined or imported by this module`);
      continue;
    }
    const decl = imported.paths()[0].value;
    const spec = String(decl.source.value);
    const file = input.resolveModule?.(spec);
    const specifier: any = (decl.specifiers ?? []).find((s: any) => s.local?.name === name);
    const known = !file && specifier?.type === 'ImportSpecifier' ? libraryWrapper(spec, String(specifier.imported.name)) : undefined;
    if (known && decl.specifiers?.length === 1 && specifier.imported.name === name) {
      // a library wrapper with a route-handler form: routeshift writes it beside the helper module
      const lang = ctx.typescript ? 'ts' : 'js';
      const formPath = libraryWrapperPath(input.runtimeModule, known, lang);
      if (!files.some((f) => f.path === formPath)) files.push({ path: formPath, source: known.source(lang) });
      // written from where the route is now: the route's relative imports are re-pathed to its target afterwards
      decl.source = j.stringLiteral(relativeSpecifier(input.sourcePath, formPath.replace(/\.(ts|js)$/, '')));
      continue;
    }
    if (!file) {
      sink.add('RS101', wrapping.template, `library wrapper \`${name}\` from '${spec}' has no known route-handler form`);
      continue;
    }
    const result = transformWrapperModule({ sourcePath: file.path, source: file.source, next: input.next, runtimeModule: input.runtimeModule });
    if (!result.output) {
      sink.items.push(...result.diagnostics);
      sink.add('RS101', wrapping.template, `wrapper \`${name}\` from '${spec}' (see the diagnostics for ${file.path})`);
      continue;
    }
    if (!files.some((f) => f.path === result.targetPath)) files.push({ path: result.targetPath, source: result.output });
    decl.source = j.stringLiteral(appFormSpecifier(spec, file.path));
  }
  if (!sink.blocks()) {
    wrapRouteExports(ctx, wrapping.template);
    ctx.sink.add('RS502', wrapping.template, 'methods the route does not export now answer 405 before the wrappers run');
  }
  return files;
}

/** The value a known library wrapper hands the handler (`req.session` for iron-session), if one wraps this route. */
export function libraryWrapperValue(ctx: RewriteContext, wrapping: DetachedWrappers): RewriteContext['wrapperValue'] {
  for (const name of wrapping.wrappers) {
    const decl = ctx.root.find(ctx.j.ImportDeclaration).filter((p: any) => (p.value.specifiers ?? []).some((s: any) => s.local?.name === name));
    if (decl.size() === 0) continue;
    const specifier: any = (decl.paths()[0].value.specifiers ?? []).find((s: any) => s.local?.name === name);
    const known = specifier?.type === 'ImportSpecifier' ? libraryWrapper(String(decl.paths()[0].value.source.value), String(specifier.imported.name)) : undefined;
    if (known) return { member: known.requestMember, type: known.type };
  }
  return undefined;
}

/** The specifier of a module's route-handler form: '@/lib/with-auth' → '@/lib/with-auth.app' ('…/api' → '…/api/index.app'). */
function appFormSpecifier(spec: string, resolved: string): string {
  const base = resolved.replace(/\.[cm]?[jt]sx?$/, '');
  if (/\/index$/.test(base) && !/\/index$/.test(spec)) return `${spec.replace(/\/$/, '')}/index.app`;
  return `${spec}.app`;
}
