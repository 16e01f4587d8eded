// Module-level edits of a route file: imports in and out, route-function signatures and preambles.
//   async function GET(req, res)   →   export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> })

import { codeStatement, codeStatements, needImport } from './context';
import type { ASTPath, Collection, JSCodeshift } from 'jscodeshift';
import { isPropertyName, walk } from '../analyze/method-dispatch';
import { isReference } from '../analyze/references';
import { relativeSpecifier } from './import-specifiers';
import type { RewriteContext } from './context';

const LEGACY_TYPES = new Set(['NextApiRequest', 'NextApiResponse', 'NextApiHandler']);

/** Names (identifiers) a subtree mentions; our introduced names are unique in the file, so this is exact for them. */
export function mentions(node: any, name: string): boolean {
  let found = false;
  walk(node, (n) => {
    if (found) return false;
    if (n.type === 'Identifier' && n.name === name) found = true;
  });
  return found;
}

/** An `await` that belongs to this function (not to a nested one). */
function hasOwnAwait(fnNode: any): boolean {
  let found = false;
  walk(fnNode.body, (n) => {
    if (found) return false;
    if (/Function/.test(n.type)) return false;
    if (n.type === 'AwaitExpression' || (n.type === 'ForOfStatement' && n.await)) found = true;
  });
  return found;
}

//   [id] and [...slug]   →   Promise<{ id: string; slug: string[] }>   (Next 14: the object itself)
function paramsType(ctx: RewriteContext): string {
  const members = ctx.input.params.map((p) => `${p.name}${p.kind === 'optionalCatchAll' ? '?' : ''}: ${p.kind === 'single' ? 'string' : 'string[]'}`);
  const literal = `{ ${members.join('; ')} }`;
  return ctx.input.next === 14 ? literal : `Promise<${literal}>`;
}

/**
 * Give a route function its route-handler signature and the per-request preamble it needs:
 *   const body = await legacyBody(request); if (body instanceof Response) return body;
 *   const query = legacyQuery(request, await params);
 */
export function finishRouteFunction(ctx: RewriteContext, fn: ASTPath<any>, wasAsync: boolean, routeContext?: string, dialectPreamble?: any[]): void {
  const { j, names } = ctx;
  const node = fn.value;
  if (!routeContext && ctx.takesContext.has(node)) routeContext = names.context;
  // another dialect's own preamble (Express: its parsers' work, express-request.ts)
  const preamble: any[] = dialectPreamble ?? [];
  if (ctx.dialect !== 'express' && (mentions(node.body, names.body) || ctx.readsBodyFirst.has(node))) {
    ctx.runtime.add('legacyBody');
    preamble.push(...codeStatements(j, [`const ${names.body} = await legacyBody(${names.request});\nif (${names.body} instanceof Response) return ${names.body};\n`]));
  }
  if (mentions(node.body, names.incoming)) preamble.push(codeStatement(j, [`const ${names.incoming} = legacyIncoming(${names.request});`]));
  if (ctx.dialect !== 'express' && mentions(node.body, names.query)) {
    const segments = routeContext ? `${routeContext}?.params` : names.params;
    const params = ctx.input.params.length === 0 && !routeContext ? '' : ctx.input.next === 14 ? `, ${segments}` : `, await ${segments}`;
    preamble.push(codeStatement(j, [`const ${names.query} = legacyQuery(${names.request}${params});`]));
  }
  node.body.body.unshift(...preamble);
  if (routeContext) {
    // a wrapper's function: it hands the request and the route context on, whatever the route
    if (ctx.typescript) needImport(ctx, 'next/server', 'NextRequest');
    const signature = ctx.typescript ? `${names.request}: NextRequest, ${routeContext}: any` : `${names.request}, ${routeContext}`;
    node.params = codeStatement(j, [`function f(${signature}) {}`]).params;
    node.returnType = null;
    node.async = wasAsync || hasOwnAwait(node);
    return;
  }

  const usesParams = mentions(node.body, names.params) && ctx.input.params.length > 0;
  const usesRequest = mentions(node.body, names.request);
  const requestParam = usesRequest ? names.request : `_${names.request}`;
  const signature: string[] = [];
  if (usesRequest || usesParams) signature.push(ctx.typescript ? `${requestParam}: NextRequest` : requestParam);
  if (ctx.typescript && signature.length) needImport(ctx, 'next/server', 'NextRequest');
  if (usesParams) {
    const pattern = names.params === 'params' ? '{ params }' : `{ params: ${names.params} }`;
    signature.push(ctx.typescript ? `${pattern}: { params: ${paramsType(ctx)} }` : pattern);
  }
  if (ctx.wrapperValue && mentions(node.body, names.wrapperValue)) {
    // (request, context, session): the library wrapper's form hands its value third
    if (signature.length === 0) signature.push(ctx.typescript ? `_${names.request}: NextRequest` : `_${names.request}`);
    if (ctx.typescript) needImport(ctx, 'next/server', 'NextRequest');
    if (signature.length === 1) signature.push(ctx.typescript ? `_${names.context}: any` : `_${names.context}`);
    if (ctx.typescript) needImport(ctx, ctx.wrapperValue.type.module, `type ${ctx.wrapperValue.type.name}`);
    signature.push(ctx.typescript ? `${names.wrapperValue}: ${ctx.wrapperValue.type.name}` : names.wrapperValue);
  }
  node.params = signature.length ? codeStatement(j, [`function f(${signature.join(', ')}) {}`]).params : [];
  node.returnType = null;
  node.async = wasAsync || hasOwnAwait(node);
  // a function's own 'use strict' is a syntax error beside `{ params }`; a route module is strict anyway.
  // A 'use strict' statement a branch brought to the top of the body would print as one.
  if (usesParams) {
    if (node.body.directives?.length) node.body.directives = node.body.directives.filter((d: any) => d.value?.value !== 'use strict');
    const body: any[] = node.body.body;
    for (let i = 0; i < body.length && body[i].type === 'ExpressionStatement' && /^(StringLiteral|Literal)$/.test(body[i].expression.type); ) {
      if (body[i].expression.value === 'use strict') body.splice(i, 1);
      else i++;
    }
  }
}

/** Remove NextApiRequest/NextApiResponse/NextApiHandler imports; report any use that remains. */
export function removeLegacyTypes(ctx: RewriteContext): void {
  const { j, root, sink } = ctx;
  root.find(j.ImportDeclaration).forEach((p) => {
    if (p.value.source.value !== 'next') return;
    const kept = (p.value.specifiers ?? []).filter((s: any) => !(s.type === 'ImportSpecifier' && LEGACY_TYPES.has(s.imported.name)));
    if (kept.length === (p.value.specifiers ?? []).length) return;
    if (kept.length === 0) p.prune();
    else p.value.specifiers = kept;
  });
  root.find(j.Identifier).forEach((p) => {
    if (LEGACY_TYPES.has(p.value.name) && p.parent.value.type !== 'ImportSpecifier') {
      sink.add('RS306', p.value, `\`${p.value.name}\` is still used`);
    }
  });
}

/**
 * Drop what the rewrite replaced once nothing refers to it: import specifiers (micro's `buffer`…) and
 * functions of the file (a local `runMiddleware` promisifier).
 */
export function removeUnusedImports(ctx: RewriteContext): void {
  const { j, root } = ctx;
  if (ctx.replacedImports.size === 0) return;
  const used = new Set<string>();
  root.find(j.Identifier).forEach((p) => {
    const parent = p.parent.value;
    if (parent.type === 'ImportSpecifier' || parent.type === 'ImportDefaultSpecifier' || parent.type === 'ImportNamespaceSpecifier') return;
    if ((parent.type === 'FunctionDeclaration' || parent.type === 'VariableDeclarator') && parent.id === p.value) return;
    if (isReference(p)) used.add(p.value.name);
  });
  const body: any[] = program(j, root).body;
  for (let i = body.length - 1; i >= 0; i--) {
    const stmt = body[i];
    const name = stmt.type === 'FunctionDeclaration' ? stmt.id?.name : stmt.type === 'VariableDeclaration' && stmt.declarations.length === 1 && /Function/.test(stmt.declarations[0].init?.type ?? '') ? stmt.declarations[0].id.name : undefined;
    if (name && ctx.replacedImports.has(name) && !used.has(name)) body.splice(i, 1);
  }
  root.find(j.ImportDeclaration).forEach((p) => {
    const specifiers = p.value.specifiers ?? [];
    const kept = specifiers.filter((s: any) => !(ctx.replacedImports.has(s.local.name) && !used.has(s.local.name)));
    if (kept.length === specifiers.length) return;
    if (kept.length === 0) p.prune();
    else p.value.specifiers = kept;
  });
}

function program(j: JSCodeshift, root: Collection): any {
  return root.find(j.Program).paths()[0].value;
}

/** Add the imports the rewrite needs: `next/*` modules on top (merged into existing ones), the helper module after the last import. */
export function addImports(ctx: RewriteContext): void {
  const { j, root } = ctx;
  const body: any[] = program(j, root).body;
  if (nameClashes(ctx)) return;
  if (ctx.runtime.size) {
    const spec = relativeSpecifier(ctx.input.targetPath, ctx.express?.runtimeModule ?? ctx.input.runtimeModule);
    let at = 0;
    body.forEach((s, i) => void (s.type === 'ImportDeclaration' && (at = i + 1)));
    // the one type among the helpers is imported as a type (isolatedModules, verbatimModuleSyntax)
    const names = [...ctx.runtime].sort().map((n) => (n === 'RouteHandler' ? (ctx.typescript ? 'type RouteHandler' : '') : n)).filter(Boolean);
    if (names.length) body.splice(at, 0, codeStatement(j, [`import { ${names.join(', ')} } from '${spec}';`]));
  }
  const order = (m: string) => (m === 'next/server' ? '' : m);
  const modules = [...ctx.imports.keys()].sort((a, b) => (order(a) < order(b) ? -1 : 1));
  let insertAt = Math.max(0, body.findIndex((s) => s.type === 'ImportDeclaration'));
  for (const module of modules) {
    // types the rewrite names (`type IronSession`) come in an import of their own
    const types = [...ctx.imports.get(module)!].filter((n) => n.startsWith('type ')).map((n) => n.slice(5));
    if (types.length) body.splice(insertAt++, 0, codeStatement(j, [`import type { ${types.join(', ')} } from '${module}';`]));
    const wanted = [...ctx.imports.get(module)!].filter((n) => !n.startsWith('type '));
    if (wanted.length === 0) continue;
    if (module === 'next/server') wanted.sort((a, b) => (a < b ? -1 : 1));
    const existing = body.find((s) => s.type === 'ImportDeclaration' && s.source.value === module && s.importKind !== 'type' && !(s.specifiers ?? []).some((x: any) => x.type !== 'ImportSpecifier'));
    if (existing) {
      const have = new Set(existing.specifiers.map((s: any) => s.local.name));
      for (const n of wanted) if (!have.has(n)) existing.specifiers.push(j.importSpecifier(j.identifier(n), j.identifier(n)));
      continue;
    }
    body.splice(insertAt++, 0, codeStatement(j, [`import { ${wanted.join(', ')} } from '${module}';`]));
  }
}

/** Globals the rewrite writes code with: a binding of the module by that name would capture that code. */
const GLOBALS = new Set(['Response', 'Headers', 'Request', 'URL', 'URLSearchParams', 'Buffer', 'TextEncoder', 'TextDecoder', 'ReadableStream', 'Uint8Array', 'JSON', 'Object', 'Array', 'Promise', 'Error', 'String', 'Number', 'Symbol', 'Date', 'Math', 'undefined', 'encodeURIComponent', 'decodeURIComponent', 'process', 'Set', 'Map', 'WeakMap', 'globalThis']);

/** Names a binding pattern binds: `{ a, b: [c, ...d] = e }` → a, c, d. */
export function patternNames(p: any): string[] {
  if (!p) return [];
  if (p.type === 'Identifier') return [p.name];
  if (p.type === 'ObjectPattern') return p.properties.flatMap((x: any) => patternNames(x.type === 'RestElement' ? x.argument : x.value));
  if (p.type === 'ArrayPattern') return p.elements.flatMap(patternNames);
  if (p.type === 'AssignmentPattern') return patternNames(p.left);
  if (p.type === 'RestElement') return patternNames(p.argument);
  if (p.type === 'TSParameterProperty') return patternNames(p.parameter);
  return [];
}

interface Binding {
  name: string;
  node: any;
  topLevel: boolean;
  /** `var` (which may be declared again), or any other declaration. */
  isVar?: boolean;
  /** An import's module and imported name. */
  from?: { module: string; imported: string };
}

/** Every value binding of the module (declarations, parameters, catch clauses, imports), in any scope. */
function bindingsOf(programNode: any): Binding[] {
  const out: Binding[] = [];
  const add = (names: string[], node: any, topLevel: boolean, isVar = false) => names.forEach((name) => out.push({ name, node, topLevel, isVar }));
  const top = new Set(programNode.body);
  const topDeclaration = (n: any, parent: any) => top.has(n) || (parent && top.has(parent) && parent.declaration === n);
  walk(programNode, (n, parent) => {
    switch (n.type) {
      case 'ImportDeclaration':
        if (n.importKind === 'type') return false;
        for (const s of n.specifiers ?? []) {
          if (s.importKind === 'type') continue;
          const imported = s.type === 'ImportSpecifier' ? (s.imported.name ?? s.imported.value) : s.type === 'ImportDefaultSpecifier' ? 'default' : '*';
          out.push({ name: s.local.name, node: s, topLevel: true, from: { module: String(n.source.value), imported } });
        }
        return false;
      case 'VariableDeclaration':
        add(n.declarations.flatMap((d: any) => patternNames(d.id)), n, topDeclaration(n, parent), n.kind === 'var');
        return;
      case 'FunctionDeclaration':
      case 'ClassDeclaration':
      case 'TSEnumDeclaration':
        if (n.id) add([n.id.name], n, topDeclaration(n, parent));
        break;
      case 'CatchClause':
        add(patternNames(n.param), n, false);
        return;
    }
    if (/Function/.test(n.type)) add((n.params ?? []).flatMap(patternNames), n, false);
    if ((n.type === 'FunctionExpression' || n.type === 'ClassExpression') && n.id) add([n.id.name], n, false);
  });
  return out;
}

/**
 * The route handler needs names the module already binds: an import it adds (`NextResponse`, a helper
 * of the legacy-API module) that another binding would shadow or clash with, or a top-level name
 * declared twice once the methods are exported (`GET` beside a helper of that name). Reported (RS102),
 * and the route stays; true when there is one.
 */
function nameClashes(ctx: RewriteContext): boolean {
  const { j, root, sink } = ctx;
  const wanted = new Map<string, string>();
  const runtime = relativeSpecifier(ctx.input.targetPath, ctx.express?.runtimeModule ?? ctx.input.runtimeModule);
  for (const n of ctx.runtime) wanted.set(n, runtime);
  for (const [module, names] of ctx.imports) for (const n of names) if (!n.startsWith('type ')) wanted.set(n, module);
  const programNode = program(j, root);
  const bindings = bindingsOf(programNode);
  // globals the rewritten code reads (`new Response(…)`, `Buffer.from(…)`): identifiers that did not come from the file
  const fileLines = root.paths()[0].value.loc?.lines;
  const generated = new Set<string>();
  walk(programNode, (n, parent) => {
    if (n.type === 'Identifier' && GLOBALS.has(n.name) && n.loc?.lines !== fileLines && !isPropertyName(n, parent)) generated.add(n.name);
  });
  for (const name of generated) if (!wanted.has(name)) wanted.set(name, 'the global scope');
  let clash = false;
  for (const b of bindings) {
    const module = wanted.get(b.name);
    if (module === undefined || (b.from && b.from.module === module && b.from.imported === b.name)) continue;
    sink.add('RS102', b.node, module === 'the global scope' ? `the module binds \`${b.name}\` itself, and the route handler's code reads the global \`${b.name}\`` : `the module binds \`${b.name}\` itself, a name the route handler imports from '${module}'`);
    clash = true;
  }
  const seen = new Map<string, Binding>();
  for (const b of bindings.filter((x) => x.topLevel)) {
    const before = seen.get(b.name);
    if (before && !(before.isVar && b.isVar)) {
      // at the module's own declaration (the one the rewrite did not create)
      sink.add('RS102', (before.node.loc ? before : b).node, `\`${b.name}\` would be declared twice at the top of the route module`);
      clash = true;
    }
    seen.set(b.name, b);
  }
  return clash;
}
