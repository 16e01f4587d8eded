#!/usr/bin/env node
// routeshift's executable: see src/cli.ts.
import { main } from '../src/cli';

process.exitCode = main(process.argv.slice(2));
