// The code routeshift prints follows the file it comes from where no formatter does: recast writes a
// semicolon after every statement it prints, so in a project written without semicolons the lines
// routeshift wrote are the only ones with them. Those are taken off again — only a `;` that ends its
// line, and not where the next line would then continue the statement (it starts with ( [ ` + - / or <).

import { parse } from '@babel/parser';

/** The source is written without statement semicolons: none ends a line, and it has statements to tell by. */
export function writesWithoutSemicolons(source: string): boolean {
  const code = source.split('\n').filter((line) => /\S/.test(line) && !/^\s*(\/\/|\/\*|\*)/.test(line));
  return code.length >= 3 && !code.some((line) => /;\s*(\/\/.*)?$/.test(line));
}

const CONTINUES = /^[([`+\-/<]/;

/** `output` without the semicolons that end its lines, where taking one off cannot join two statements. */
export function dropStatementSemicolons(output: string, file: string): string {
  let tokens: Array<{ type: any; start: number; end: number; loc: { start: { line: number }; end: { line: number } } }>;
  try {
    const ast = parse(output, {
      sourceType: 'unambiguous',
      allowReturnOutsideFunction: true,
      tokens: true,
      errorRecovery: false,
      plugins: /\.tsx?$/.test(file) ? ['typescript', ...(file.endsWith('x') ? (['jsx'] as const) : [])] : ['jsx'],
    });
    tokens = (ast as any).tokens;
  } catch {
    return output;
  }
  const cuts: number[] = [];
  let depth = 0;
  tokens.forEach((token, i) => {
    const label = token.type?.label ?? token.type;
    if (label === '(') depth++;
    if (label === ')') depth--;
    if (label !== ';' || depth > 0) return;
    const next = tokens[i + 1];
    if (next && next.loc.start.line === token.loc.end.line) return;
    const rest = next ? output.slice(next.start, next.start + 1) : '';
    if (CONTINUES.test(rest)) return;
    cuts.push(token.start);
  });
  let out = output;
  for (const at of cuts.reverse()) out = out.slice(0, at) + out.slice(at + 1);
  return out;
}
