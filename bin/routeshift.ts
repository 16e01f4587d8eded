#!/usr/bin/env node
// routeshift's executable: see src/cli.ts.
import { main } from '../src/cli';

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
