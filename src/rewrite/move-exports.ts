// A route module may export only methods and segment config: other exports move to a sibling
// module, with the declarations and imports they need, and the route imports them back.
//   export const authOptions = {…}   (in route.ts)   →   auth-options.ts, and route.ts: import { authOptions } from './auth-options'

import path from 'node:path';
import { walk } from '../analyze/method-dispatch';
import { HTTP_METHODS, type ExtraFile } from '../types';
import type { RewriteContext } from './context';

const SEGMENT_CONFIG = ['dynamic', 'dynamicParams', 'revalidate', 'fetchCache', 'runtime', 'preferredRegion', 'maxDuration'];
export const ROUTE_EXPORTS = new Set<string>([...HTTP_METHODS, ...SEGMENT_CONFIG]);

interface TopLevel {
  node: any;
  declares: string[];
  references: Set<string>;
}

function declaredNames(stmt: any): string[] {
  const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
  if (!decl) return [];
  if (decl.type === 'ImportDeclaration') return (decl.specifiers ?? []).map((s: any) => s.local?.name ?? s.imported?.name);
  if (decl.type === 'VariableDeclaration') {
    const names: string[] = [];
    const bind = (n: any): void => {
      if (!n) return;
      if (n.type === 'Identifier') names.push(n.name);
      else if (n.type === 'ObjectPattern') n.properties.forEach((p: any) => bind(p.type === 'RestElement' ? p.argument : p.value));
      else if (n.type === 'ArrayPattern') n.elements.forEach(bind);
      else if (n.type === 'AssignmentPattern') bind(n.left);
      else if (n.type === 'RestElement') bind(n.argument);
    };
    decl.declarations.forEach((d: any) => bind(d.id));
    return names;
  }
  if ((decl.type === 'FunctionDeclaration' || decl.type === 'ClassDeclaration' || /^TS(TypeAlias|Interface|Enum)Declaration$/.test(decl.type)) && decl.id) return [decl.id.name];
  return [];
}

function referencedNames(stmt: any): Set<string> {
  const names = new Set<string>();
  walk(stmt, (n, parent) => {
    if (n.type !== 'Identifier') return;
    if (parent && (parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && parent.property === n && !parent.computed) return;
    if (parent && (parent.type === 'ObjectProperty' || parent.type === 'Property') && parent.key === n && !parent.computed && !parent.shorthand) return;
    names.add(n.name);
  });
  return names;
}

function isValueExport(stmt: any): boolean {
  if (stmt.type !== 'ExportNamedDeclaration' || !stmt.declaration || stmt.exportKind === 'type') return false;
  return !/^TS/.test(stmt.declaration.type) && !(stmt.declaration.declare);
}

function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/** Move non-route exports to a sibling module. Returns the module, or undefined when there is nothing to move. */
export function moveExtraExports(ctx: RewriteContext, printModule: (program: any) => string): { file: ExtraFile; moved: string[] } | undefined {
  const { j, root, sink } = ctx;
  const body: any[] = root.find(j.Program).paths()[0].value.body;
  const items: TopLevel[] = body.map((node) => {
    const declares = declaredNames(node);
    const references = node.type === 'ImportDeclaration' ? new Set<string>() : referencedNames(node);
    return { node, declares, references };
  });

  for (const stmt of body) {
    if (stmt.type === 'ExportNamedDeclaration' && !stmt.declaration && !stmt.source) {
      const bad = stmt.specifiers.find((s: any) => !ROUTE_EXPORTS.has(s.exported.name));
      if (bad) sink.add('RS102', stmt, `\`export { ${bad.local.name} as ${bad.exported.name} }\` is not a route export`);
    }
    if (stmt.type === 'ExportAllDeclaration' || (stmt.type === 'ExportNamedDeclaration' && stmt.source)) sink.add('RS102', stmt, 're-exports from another module');
  }
  const exported = items.filter((it) => isValueExport(it.node) && it.declares.some((n) => !ROUTE_EXPORTS.has(n)));
  if (exported.length === 0 || sink.blocks()) return undefined;

  // what moves: the exports and, transitively, the non-import declarations they use
  const moving = new Set<TopLevel>(exported);
  const byName = new Map<string, TopLevel>();
  for (const it of items) for (const n of it.declares) byName.set(n, it);
  const queue = [...exported];
  while (queue.length) {
    const it = queue.pop()!;
    for (const ref of it.references) {
      const dep = byName.get(ref);
      if (dep && dep !== it && !moving.has(dep) && dep.node.type !== 'ImportDeclaration') {
        moving.add(dep);
        queue.push(dep);
      }
    }
  }
  const staying = items.filter((it) => !moving.has(it));
  const stayRefs = new Set<string>();
  for (const it of staying) for (const r of it.references) stayRefs.add(r);
  const moveRefs = new Set<string>();
  for (const it of moving) for (const r of it.references) moveRefs.add(r);

  // imports: the sibling takes copies of what it uses; the route drops what only the sibling used
  const siblingImports: any[] = [];
  for (const it of items) {
    if (it.node.type !== 'ImportDeclaration' || !it.node.specifiers?.length) continue;
    const used = it.node.specifiers.filter((s: any) => moveRefs.has(s.local.name));
    if (used.length === 0) continue;
    siblingImports.push(j.importDeclaration(used.map((s: any) => ({ ...s, loc: null, comments: null })), j.stringLiteral(it.node.source.value)));
    const kept = it.node.specifiers.filter((s: any) => stayRefs.has(s.local.name) || !moveRefs.has(s.local.name));
    if (kept.length === 0) body.splice(body.indexOf(it.node), 1);
    else it.node.specifiers = kept;
  }

  // the sibling's statements, exported where the route still needs them
  const back: string[] = [];
  const siblingBody: any[] = [];
  for (const it of items) {
    if (!moving.has(it)) continue;
    body.splice(body.indexOf(it.node), 1);
    let node = it.node;
    const needed = it.declares.filter((n) => stayRefs.has(n));
    if (node.type !== 'ExportNamedDeclaration' && needed.length > 0) node = j.exportNamedDeclaration(node);
    siblingBody.push(node);
    back.push(...needed);
  }
  const movedNames = exported.flatMap((it) => it.declares);
  const ext = ctx.input.targetPath.endsWith('.js') ? 'js' : 'ts';
  const siblingPath = `${path.posix.dirname(ctx.input.targetPath)}/${kebab(movedNames[0])}.${ext}`;
  if (back.length > 0) {
    const spec = './' + path.posix.basename(siblingPath, `.${ext}`);
    const imp = j.importDeclaration([...new Set(back)].map((n) => j.importSpecifier(j.identifier(n), j.identifier(n))), j.stringLiteral(spec));
    let at = 0;
    body.forEach((s, i) => void (s.type === 'ImportDeclaration' && (at = i + 1)));
    body.splice(at, 0, imp);
  }
  sink.add('RS510', exported[0].node, `${movedNames.join(', ')} moved to ${siblingPath}`);
  const source = printModule(j.program([...siblingImports, ...siblingBody]));
  return { file: { path: siblingPath, source }, moved: movedNames };
}
