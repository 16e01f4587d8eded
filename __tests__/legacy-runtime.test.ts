import { parse } from '@babel/parser';
import { legacyRuntimeSource } from '../src/rewrite/legacy-runtime';

// The helper module is written into projects as TypeScript or as plain JavaScript.
test('the JavaScript helper module is plain JavaScript', () => {
  expect(() => parse(legacyRuntimeSource('js'), { sourceType: 'module' })).not.toThrow();
});

test('both flavours export the same helpers', () => {
  const names = (src: string) => [...src.matchAll(/export (?:async )?function (\w+)/g)].map((m) => m[1]);
  expect(names(legacyRuntimeSource('js'))).toEqual(['legacyBody', 'legacyQuery', 'legacySend', 'legacyIncoming', 'legacyStream', 'legacyRevalidate', 'legacyResponseHeaders', 'mergeLegacyHeaders', 'runLegacyMiddleware', 'setLegacyHeader']);
  expect(names(legacyRuntimeSource('ts'))).toEqual(names(legacyRuntimeSource('js')));
});
