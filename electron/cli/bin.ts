#!/usr/bin/env node
/**
 * `dist/cli.cjs`, the installed `appleid-doctor` binary: a few hundred bytes that answer
 * `--version` without parsing the rest of the CLI (V8 parses a whole script before running any
 * of it, ~100 ms for the full bundle on a busy machine), then hand every other invocation to
 * `dist/cli-run.cjs` (electron/cli/cli.ts), which decides it is the program from argv[1].
 */
import { version } from '../../package.json';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${version}\n`);
} else {
  // Kept external by build/build.mjs: the full CLI, loaded only when it is needed.
  require('./cli-run.cjs');
}
