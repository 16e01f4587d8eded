// The floor of any recast-based codemod on these files, one thread: parse each file the way routeshift
// does (@babel/parser through jscodeshift/recast) and print it again. Prints the seconds it took.
//   node dist/bench/floor.js <dir> <file list>

import fs from 'node:fs';
import path from 'node:path';
import { jFor } from '../src/analyze/parse';

const [dir, list] = process.argv.slice(2);
const files = fs.readFileSync(list, 'utf8').split('\n').filter(Boolean);
const started = process.hrtime.bigint();
for (const file of files) {
  const source = fs.readFileSync(path.join(dir, file), 'utf8');
  const j = jFor(file);
  j(source).toSource();
}
process.stdout.write(`${Number(process.hrtime.bigint() - started) / 1e9}\n`);
