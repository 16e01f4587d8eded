// jscodeshift's `find` with the same results, found faster. Every rewrite asks `root.find(j.X)` many
// times per file; jscodeshift answers each with an ast-types PathVisitor, which builds a method table
// per call, walks into every `loc` (its token arrays and line tables included) and makes a NodePath for
// every node it passes. This walks the plain nodes, field by field in ast-types' order (so matches come
// in the same order), and makes NodePaths only for the matches and their ancestors — the same NodePath
// objects ast-types' own `path.get` caches, so replacing or pruning through them works as before.
// Installed once, for every collection, when this module loads (src/analyze/parse.ts imports it).

import { namedTypes } from 'ast-types';
import { getFieldNames } from 'ast-types';
import type { ASTPath } from 'jscodeshift';

// jscodeshift's internals: the collection constructors and its filter matcher
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Collection = require('jscodeshift/src/Collection');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const matchNode: (node: unknown, filter: unknown) => boolean = require('jscodeshift/src/matchNode');

/** Fields that never hold nodes a `find` is after. */
const SKIP = new Set(['type', 'loc', 'comments', 'leadingComments', 'trailingComments', 'innerComments', 'tokens', 'extra', 'original', 'start', 'end', 'range']);

const fieldsByType = new Map<string, string[]>();

function childFields(node: any): string[] {
  let fields = fieldsByType.get(node.type);
  if (!fields) {
    let names: string[];
    try {
      names = getFieldNames(node);
    } catch {
      names = Object.keys(node);
    }
    fields = names.filter((n) => !SKIP.has(n));
    fieldsByType.set(node.type, fields);
  }
  return fields;
}

/** Which node types a `find` type matches (its subtypes included), decided once per pair. */
const coverage = new WeakMap<object, Map<string, boolean>>();

function covers(type: any, node: any): boolean {
  let byType = coverage.get(type);
  if (!byType) coverage.set(type, (byType = new Map()));
  let yes = byType.get(node.type);
  if (yes === undefined) {
    yes = !!type.check(node);
    byType.set(node.type, yes);
  }
  return yes;
}

/** A node on the walk, and how to reach its NodePath from its parent's (made only when asked). */
interface Step {
  path?: ASTPath<any>;
  parent?: Step;
  name?: string;
  index?: number;
}

function pathOf(step: Step): ASTPath<any> {
  if (!step.path) {
    const parent = pathOf(step.parent!);
    step.path = step.index === undefined ? parent.get(step.name!) : parent.get(step.name!, step.index);
  }
  return step.path!;
}

function fastFind(this: any, type: any, filter?: unknown) {
  const wanted = typeof type === 'string' ? (namedTypes as any)[type] : type;
  const paths: ASTPath<any>[] = [];
  const visit = (node: any, step: Step, isRoot: boolean) => {
    if (!isRoot && covers(wanted, node) && (!filter || matchNode(node, filter))) paths.push(pathOf(step));
    for (const name of childFields(node)) {
      const child = node[name];
      if (!child || typeof child !== 'object') continue;
      if (Array.isArray(child)) {
        for (let i = 0; i < child.length; i++) {
          const item = child[i];
          if (item && typeof item === 'object' && typeof item.type === 'string') visit(item, { parent: step, name, index: i }, false);
        }
      } else if (typeof child.type === 'string') {
        visit(child, { parent: step, name }, false);
      }
    }
  };
  for (const root of this.__paths as ASTPath<any>[]) {
    const value = root.value;
    if (Array.isArray(value)) {
      value.forEach((item, i) => item && typeof item.type === 'string' && visit(item, { path: root.get(i) }, false));
    } else if (value && typeof value.type === 'string') {
      visit(value, { path: root }, true);
    }
  }
  return Collection.fromPaths(paths, this, wanted);
}

// `find` is registered on jscodeshift's collections for the Node type: replace that registration
const probe = Collection.fromNodes([]);
const find = Object.getPrototypeOf(probe).find;
if (find?.typedRegistrations?.Node) find.typedRegistrations.Node = fastFind;

// ————— templates —————
// `j.template.expression(['NextResponse.json(', ')'], body)` parses its snippet with recast each time
// (tokens, a tree copy, a visitor): the rewrites write the same few dozen snippets over and over. The
// parse of a snippet is kept (its placeholders numbered by position) and each call gets a copy of it,
// built as recast builds one (each node linked to the pristine parsed node it reprints from), with
// this call's placeholder names. Only snippets (short sources) are kept; files are parsed as before.

// recast's main module reads `parse` from lib/parser at each call: the one place to wrap it
// eslint-disable-next-line @typescript-eslint/no-require-imports
const recastParser = require('recast/lib/parser');
const parseWithRecast = recastParser.parse;
const PLACEHOLDER = /\$jscodeshift\d+\$/g;
const SNIPPET_MAX = 2000;
const SNIPPETS_KEPT = 400;
const snippets = new WeakMap<object, Map<string, any>>();

function copyTree(node: any, names: string[]): any {
  if (Array.isArray(node)) return node.map((n) => copyTree(n, names));
  if (!node || typeof node !== 'object') return node;
  const copy = Object.create(Object.getPrototypeOf(node));
  if (node.original !== undefined) Object.defineProperty(copy, 'original', { configurable: false, enumerable: false, writable: true, value: node.original });
  for (const key of Object.keys(node)) copy[key] = key === 'loc' || key === 'tokens' ? node[key] : copyTree(node[key], names);
  if (copy.type === 'Identifier' && typeof copy.name === 'string' && copy.name.startsWith('$rs') && copy.name.endsWith('$')) copy.name = names[Number(copy.name.slice(3, -1))];
  return copy;
}

recastParser.parse = function parse(source: string, options?: { parser?: object }) {
  if (typeof source !== 'string' || source.length > SNIPPET_MAX || !options?.parser) return parseWithRecast.call(this, source, options);
  const names: string[] = [];
  const key = source.replace(PLACEHOLDER, (name) => `$rs${names.push(name) - 1}$`);
  let byParser = snippets.get(options.parser);
  if (!byParser) snippets.set(options.parser, (byParser = new Map()));
  let parsed = byParser.get(key);
  if (!parsed) {
    parsed = parseWithRecast.call(this, key, options);
    // a snippet that carries a file's own text is seldom asked again: the oldest go past a few hundred
    if (byParser.size >= SNIPPETS_KEPT) byParser.delete(byParser.keys().next().value as string);
    byParser.set(key, parsed);
  }
  const copy = copyTree(parsed, names);
  if (names.length === 0) withoutPlaceholders.add(copy);
  return copy;
};

// the template then visits the snippet for its placeholders: one without any needs no visit
// eslint-disable-next-line @typescript-eslint/no-require-imports
const astTypes = require('ast-types');
const visitWithAstTypes = astTypes.visit;
const withoutPlaceholders = new WeakSet<object>();

astTypes.visit = function visit(node: any, methods: any) {
  if (withoutPlaceholders.delete(node) && methods && Object.keys(methods).join() === 'visitIdentifier') return node;
  return visitWithAstTypes.call(this, node, methods);
};
