// pages `export const config` → route segment config.
//   export const config = { api: { bodyParser: false }, maxDuration: 30 }   →   export const maxDuration = 30

import { codeStatement } from './context';
import type { ASTPath, Collection, JSCodeshift } from 'jscodeshift';
import type { DiagnosticSink } from '../diagnostics/sink';

export interface LegacyConfig {
  statement?: ASTPath<any>;
  /** Segment config exports to write in its place: name → value expression. */
  segment: Array<{ name: string; value: any }>;
  bodyParserDisabled: boolean;
  /** `runtime: 'edge'`: the handler already takes a Request and returns a Response. */
  edge: boolean;
}

function keyName(prop: any): string | undefined {
  if (prop.type !== 'ObjectProperty' && prop.type !== 'Property') return undefined;
  if (prop.computed) return undefined;
  return prop.key.name ?? prop.key.value;
}

function unwrap(node: any): any {
  while (node && (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression')) node = node.expression;
  return node;
}

export function readConfig(j: JSCodeshift, root: Collection, sink: DiagnosticSink): LegacyConfig {
  const config: LegacyConfig = { segment: [], bodyParserDisabled: false, edge: false };
  root.find(j.ExportNamedDeclaration).forEach((p) => {
    const decl = p.value.declaration;
    if (!decl || decl.type !== 'VariableDeclaration' || p.parent.value.type !== 'Program') return;
    const declarator: any = decl.declarations.find((d: any) => d.id.type === 'Identifier' && d.id.name === 'config');
    if (!declarator) return;
    if (decl.declarations.length !== 1) {
      sink.add('RS401', decl, '`config` is declared together with other names');
      return;
    }
    config.statement = p;
    const value = unwrap(declarator.init);
    if (!value || value.type !== 'ObjectExpression') {
      sink.add('RS401', declarator, '`config` is not an object literal');
      return;
    }
    for (const prop of value.properties) {
      const key = keyName(prop);
      if (key === 'api') readApiConfig(prop.value, config, sink);
      else if (key === 'maxDuration') config.segment.push({ name: 'maxDuration', value: prop.value });
      else if (key === 'runtime') {
        const runtime = prop.value.value;
        if (runtime === 'nodejs') config.segment.push({ name: 'runtime', value: prop.value });
        else if (runtime === 'edge' || runtime === 'experimental-edge') {
          config.edge = true;
          config.segment.push({ name: 'runtime', value: codeStatement(j, [`x = 'edge';`]).expression.right });
          sink.add('RS507', prop, `runtime '${runtime}' kept as the route's runtime`);
        } else sink.add('RS401', prop, `runtime '${runtime ?? '…'}'`);
      } else sink.add('RS401', prop, `config.${key ?? '[…]'}`);
    }
  });
  return config;
}

function readApiConfig(api: any, config: LegacyConfig, sink: DiagnosticSink): void {
  api = unwrap(api);
  if (api.type !== 'ObjectExpression') {
    sink.add('RS401', api, '`config.api` is not an object literal');
    return;
  }
  for (const prop of api.properties) {
    const key = keyName(prop);
    const value = unwrap(prop.value);
    if (key === 'bodyParser') {
      if (value.type === 'BooleanLiteral' || (value.type === 'Literal' && typeof value.value === 'boolean')) {
        config.bodyParserDisabled = value.value === false;
      } else if (value.type === 'ObjectExpression' && value.properties.every((p: any) => keyName(p) === 'sizeLimit')) {
        sink.add('RS505', prop, 'api.bodyParser.sizeLimit');
      } else sink.add('RS401', prop, 'config.api.bodyParser');
    } else if (key === 'responseLimit') sink.add('RS506', prop, 'api.responseLimit');
    else if (key === 'externalResolver') continue;
    else sink.add('RS401', prop, `config.api.${key ?? '[…]'}`);
  }
}

/** Replace the legacy config statement with the segment config exports (or remove it). */
export function writeSegmentConfig(j: JSCodeshift, config: LegacyConfig): void {
  if (!config.statement) return;
  const exports = config.segment.map(({ name, value }) => codeStatement(j, [`export const ${name} = `, ';'], value));
  if (exports.length === 0) config.statement.prune();
  else config.statement.replace(...exports);
}
