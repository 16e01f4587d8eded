// The README's diagnostic table is the user's reference: it must say exactly what codes.ts says.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CODES } from '../src/diagnostics/codes';

test('the README lists every diagnostic code with its title, effect and hint', () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
  const rows = readme.split('\n').filter((line) => /^\| RS\d{3} \|/.test(line));
  const expected = Object.entries(CODES).map(([code, info]) => `| ${code} | ${info.title} | ${info.blocks ? 'left in place' : 'note'} | ${info.hint} |`);
  expect(rows).toEqual(expected);
});
