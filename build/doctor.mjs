#!/usr/bin/env node
/**
 * `npm run doctor -- …`: run the built CLI (dist/cli.cjs), rebuilding that one bundle first only
 * when a source it is made from is newer (electron/, shared/, package.json, this build's config).
 * Transpiling the whole tree on every run (tsx) cost more than the diagnosis itself; esbuild
 * rebuilds the CLI in well under a second. The CLI runs in this process (no second node start-up).
 * `npm run doctor:dev` keeps the tsx path for editing without a build.
 */
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'cli.cjs');

/** Newest modification time under `dir` (recursive), for .ts/.json/.mjs sources. */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && /\.(ts|json|mjs|cjs)$/.test(e.name)) t = Math.max(t, statSync(join(e.parentPath ?? e.path, e.name)).mtimeMs);
  }
  return t;
}

function builtAt() {
  try {
    return statSync(out).mtimeMs;
  } catch {
    return 0;
  }
}

const sources = Math.max(
  newest(join(root, 'electron')),
  newest(join(root, 'shared')),
  statSync(join(root, 'package.json')).mtimeMs,
  statSync(join(root, 'build', 'build.mjs')).mtimeMs,
);
if (sources > builtAt()) {
  const { build } = await import('esbuild');
  const { bundles } = await import('./build.mjs');
  const { chmodSync } = await import('node:fs');
  const b = bundles();
  await Promise.all([build(b.cli), build(b.cliRun)]);
  chmodSync(out, 0o755);
}
// The CLI decides it is the program being run from argv[1] (electron/cli/cli.ts isEntryPoint).
process.argv = [process.argv[0], out, ...process.argv.slice(2)];
createRequire(import.meta.url)(out);
