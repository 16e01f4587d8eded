// Semicolons follow the file routeshift writes from, where no formatter does.
import { dropStatementSemicolons, writesWithoutSemicolons } from '../src/rewrite/code-style';

test('a source is told to be written without semicolons only from enough code lines, comments aside', () => {
  expect(writesWithoutSemicolons("import x from 'x'\n\nexport default function h(req, res) {\n  res.json(x)\n}\n")).toBe(true);
  expect(writesWithoutSemicolons("import x from 'x';\n\nexport default function h(req, res) {\n  res.json(x)\n}\n")).toBe(false);
  expect(writesWithoutSemicolons('// one;\n/* two; */\nconst a = 1\n')).toBe(false);
});

test('statement semicolons at line ends go; those inside a line, in for headers, in strings and templates, or before a line that would continue, stay', () => {
  const printed = [
    "import { NextResponse } from 'next/server';",
    'export async function GET(request) {',
    '  const body = await request.json(); const n = 1;',
    '  for (let i = 0; i < 3; i++) {}',
    "  const s = 'a;';",
    '  const t = `x;',
    'y`;',
    '  const u = a;',
    '  (u || t).toString();',
    '  return NextResponse.json(body);',
    '}',
    '',
  ].join('\n');
  expect(dropStatementSemicolons(printed, 'app/api/x/route.ts')).toBe(
    [
      "import { NextResponse } from 'next/server'",
      'export async function GET(request) {',
      '  const body = await request.json(); const n = 1',
      '  for (let i = 0; i < 3; i++) {}',
      "  const s = 'a;'",
      '  const t = `x;',
      'y`',
      '  const u = a;',
      '  (u || t).toString()',
      '  return NextResponse.json(body)',
      '}',
      '',
    ].join('\n'),
  );
});

test('text that does not parse is returned as it is', () => {
  expect(dropStatementSemicolons('const = ;\n', 'x.js')).toBe('const = ;\n');
});
