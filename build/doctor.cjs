#!/usr/bin/env node
/**
 * `npm run doctor -- …`: run the built CLI (dist/cli.cjs), rebuilding it first only when a source
 * it is made from is newer (electron/, shared/, package.json, this build's config). Transpiling
 * the whole tree on every run (tsx) cost more than the diagnosis itself; esbuild rebuilds the CLI
 * in well under a second. The CLI runs in this process (no second node start-up), and this file
 * is CommonJS: Node's ES module loader alone costs ~10 ms per start (an empty .mjs against an
 * empty .cjs, Node 20). `npm run doctor:dev` keeps the tsx path for editing without a build.
 */
const { readdirSync, statSync, chmodSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const root = join(__dirname, '..');
const out = join(root, 'dist', 'cli.cjs');
const bundle = join(root, 'dist', 'cli-run.cjs');

/** Newest modification time under `dir` (recursive), for .ts/.json/.mjs/.cjs sources. */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && /\.(ts|json|mjs|cjs)$/.test(e.name)) t = Math.max(t, statSync(join(e.parentPath ?? e.path, e.name)).mtimeMs);
  }
  return t;
}

/** When the older of the two bundles was written (0 when either is missing). */
function builtAt() {
  try {
    return Math.min(statSync(out).mtimeMs, statSync(bundle).mtimeMs);
  } catch {
    return 0;
  }
}

function sourcesAt() {
  return Math.max(
    newest(join(root, 'electron')),
    newest(join(root, 'shared')),
    statSync(join(root, 'package.json')).mtimeMs,
    statSync(join(root, 'build', 'build.mjs')).mtimeMs,
  );
}

async function main() {
  if (sourcesAt() > builtAt()) {
    const { build } = require('esbuild');
    const { bundles } = await import(pathToFileURL(join(__dirname, 'build.mjs')).href);
    const b = bundles();
    await Promise.all([build(b.cli), build(b.cliRun)]);
    chmodSync(out, 0o755);
  }
  // The CLI decides it is the program being run from argv[1] (electron/cli/cli.ts isEntryPoint).
  process.argv = [process.argv[0], out, ...process.argv.slice(2)];
  require(out);
}

main().catch((err) => {
  process.stderr.write(`npm run doctor: could not build the CLI: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(70);
});
