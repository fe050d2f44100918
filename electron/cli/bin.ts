#!/usr/bin/env node
/**
 * `dist/cli.cjs`, the installed `appleid-doctor` binary: a few kilobytes that answer `--version`
 * without reading the rest of the CLI (V8 parses a whole script before running any of it, ~100 ms
 * for the full bundle on a busy machine), then run `dist/cli-run.cjs` (electron/cli/cli.ts), which
 * decides it is the program from argv[1], from this user's V8 code cache (electron/cli/code-cache.ts).
 * A run that will diagnose first starts parsing Node's root certificates on a worker thread
 * (electron/cli/warm-trust.ts).
 */
import { join } from 'node:path';
import { version } from '../../package.json';
import { runsDiagnosis, warmRootStore } from './warm-trust';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${version}\n`);
} else {
  // Before anything else, so the other core parses Node's root certificates while this one loads the CLI.
  if (runsDiagnosis(args)) void warmRootStore();
  // Required here, not imported at the top: `--version` never loads node:crypto or node:vm.
  const { runWithCodeCache } = require('./code-cache') as typeof import('./code-cache');
  // Kept out of this file by build/build.mjs: the full CLI, read only when it is needed.
  runWithCodeCache(join(__dirname, 'cli-run.cjs'), module);
}
