// Point a file's imports of a moved route module at the module its names now live in.
//   import { authOptions } from '../pages/api/auth/[...nextauth]'  →  import { authOptions } from '../app/api/auth/[...nextauth]/auth-options'

import { parseSource, printSource } from '../analyze/parse';
import { rewriteModuleSpecifiers } from './import-specifiers';

/** The quote the file wrote `specifier` with (recast reprints a changed StringLiteral with the `quote` option). */
function quoteOf(source: string, specifier: string): 'single' | 'double' {
  const at = source.indexOf(specifier);
  return at > 0 && source[at - 1] === '"' ? 'double' : 'single';
}

/** The file's text with each specifier in `newSpecifiers` replaced; undefined when nothing changed (never reprinted). */
export function repointImporter(filePath: string, source: string, newSpecifiers: ReadonlyMap<string, string>): string | undefined {
  if (newSpecifiers.size === 0) return undefined;
  const { j, root } = parseSource(filePath, source);
  const changed = rewriteModuleSpecifiers(j, root, (specifier) => newSpecifiers.get(specifier));
  if (!changed) return undefined;
  const out = printSource(j, root, root.paths()[0].value, { quote: quoteOf(source, [...newSpecifiers.keys()][0]) });
  return out === source ? undefined : out;
}
