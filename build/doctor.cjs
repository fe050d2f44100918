#!/usr/bin/env node
/**
 * `npm run doctor -- …`: run the built CLI (dist/cli.cjs), rebuilding it first only when a file
 * it is made from is newer than it or gone. Transpiling the whole tree on every run (tsx) cost
 * more than the diagnosis itself; esbuild rebuilds the CLI in well under a second. The files are
 * the ones esbuild read for the last build (dist/cli-inputs.json, written by build/build.mjs), not
 * a walk of electron/ and shared/: listing those directories took half of this launcher's ~12 ms.
 * The CLI runs in this process (no second node start-up), and this file is CommonJS: Node's ES
 * module loader alone costs ~10 ms per start (an empty .mjs against an empty .cjs, Node 20).
 * `npm run doctor:dev` keeps the tsx path for editing without a build.
 */
const { readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

/**
 * True when `root`/dist lacks a CLI bundle or its list of inputs, or when an input it lists is
 * missing or was modified after the older of the two bundles was written.
 */
function stale(root) {
  let built;
  let inputs;
  try {
    built = Math.min(statSync(join(root, 'dist', 'cli.cjs')).mtimeMs, statSync(join(root, 'dist', 'cli-run.cjs')).mtimeMs);
    inputs = JSON.parse(readFileSync(join(root, 'dist', 'cli-inputs.json'), 'utf8'));
  } catch {
    return true;
  }
  if (!Array.isArray(inputs) || inputs.length === 0) return true;
  // Plain concatenation, not path.join: the list holds relative paths with "/" (build.mjs writes
  // them from esbuild's metafile; every OS's fs accepts "/"), and normalising 219 of them took
  // longer than stat'ing them in a cold process (3.4–5.8 ms against 1.8–2.8 ms, three runs each).
  const base = `${root}/`;
  for (const file of inputs) {
    const s = typeof file === 'string' ? statSync(base + file, { throwIfNoEntry: false }) : undefined;
    if (!s || s.mtimeMs > built) return true;
  }
  return false;
}

async function main() {
  const root = join(__dirname, '..');
  if (stale(root)) {
    const { buildCli } = await import(pathToFileURL(join(__dirname, 'build.mjs')).href);
    await buildCli();
  }
  const out = join(root, 'dist', 'cli.cjs');
  // The CLI decides it is the program being run from argv[1] (electron/cli/cli.ts isEntryPoint).
  process.argv = [process.argv[0], out, ...process.argv.slice(2)];
  require(out);
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`npm run doctor: could not build the CLI: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(70);
  });
}

module.exports = { stale };
