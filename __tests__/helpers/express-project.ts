// Whole Express projects in memory for planExpressApp: the example app's sources, the input of a run,
// the project after a plan's operations, and the input of the run after it.

import fs from 'node:fs';
import path from 'node:path';
import { type ExpressAppInput } from '../../src/plan/express-app-plan';
import type { Plan } from '../../src/plan/plan-types';

export type Files = Record<string, string>;

export const EXPRESS_EXAMPLE_DIR = path.resolve(__dirname, '..', '..', 'examples', 'legacy-express');

/** examples/legacy-express's JavaScript sources, project-relative, in name order. */
export function exampleExpressApp(): Files {
  const files: Files = {};
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(EXPRESS_EXAMPLE_DIR, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory() && e.name !== 'node_modules') walk(p);
      else if (e.isFile() && e.name.endsWith('.js')) files[p] = fs.readFileSync(path.join(EXPRESS_EXAMPLE_DIR, p), 'utf8');
    }
  };
  walk('');
  return files;
}

export const inputOf = (files: Files, over: Partial<ExpressAppInput> = {}): ExpressAppInput => ({ files: new Map(Object.entries(files)), appDir: 'app', lang: 'js', next: 15, version: 4, aliases: [], appFiles: [], existing: new Map(), ...over });

/** The project after the plan's operations, in order. */
export const applied = (files: Map<string, string>, plan: Plan) => plan.ops.reduce((out, op) => (op.kind === 'write' ? out.set(op.path, op.content) : (out.delete(op.path), out)), new Map(files));

/** The input of the run after `plan` was applied: app/ files exist, app/_lib/* is what it wrote. */
export function nextRun(input: ExpressAppInput, plan: Plan, over: Partial<ExpressAppInput> = {}): ExpressAppInput {
  const files = applied(input.files, plan);
  const app = plan.ops.filter((o) => o.kind === 'write' && o.path.startsWith('app/')).map((o) => o.path);
  return { ...input, files, appFiles: [...input.appFiles, ...app], existing: new Map(app.filter((p) => p.startsWith('app/_lib/')).map((p) => [p, files.get(p)!])), ...over };
}
