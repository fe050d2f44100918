#!/usr/bin/env node
/**
 * Builds everything `electron .` and the packager need, into dist/:
 *   dist/main.cjs     main process (electron/shell/main.ts), every dependency bundled, `electron` external
 *   dist/preload.cjs  sandboxed preload: ONE file, only `electron` external — a sandboxed preload
 *                     can require nothing else (Electron docs/tutorial/sandbox.md)
 *   dist/cli.cjs      the CLI binary (electron/cli/bin.ts, `#!/usr/bin/env node`): --version, else
 *                     runs dist/cli-run.cjs through the user's V8 code cache (electron/cli/code-cache.ts)
 *   dist/cli-run.cjs  the CLI itself (electron/cli/cli.ts)
 *   dist/cli-inputs.json  the files those two are made from (for build/doctor.cjs)
 *   dist/renderer/    `vite build --config renderer/vite.config.ts`
 * Usage: node build/build.mjs [--no-renderer]
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Electron 45 ships Node 22 and Chromium 142. */
const ELECTRON_NODE = 'node22';

/** esbuild options per bundle (exported so tests can build in memory with `write: false`). */
export function bundles() {
  const common = {
    bundle: true,
    format: 'cjs',
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    // Every CLI run and every app launch compiles the bundle: minified, V8 has a third less to
    // parse. No keepNames: it wraps every function and class, closures included, in a `__name()`
    // call each time one is created (~7 % of a healthy run's CPU, measured), and buys little here:
    // error names are set explicitly (`this.name = …`), no code reads a function's `name`, and a
    // minified bundle's stack frames need the sources to be read either way.
    minify: true,
    absWorkingDir: root,
    define: {
      'process.env.NODE_ENV': '"production"',
      // `appleid-doctor --version` (electron/cli/cli.ts) in the bundled CLI.
      __APP_VERSION__: JSON.stringify(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version),
    },
  };
  return {
    main: {
      ...common,
      entryPoints: ['electron/shell/main.ts'],
      outfile: 'dist/main.cjs',
      platform: 'node',
      target: ELECTRON_NODE,
      external: ['electron'],
    },
    preload: {
      ...common,
      entryPoints: ['electron/shell/preload.ts'],
      outfile: 'dist/preload.cjs',
      // The sandboxed preload runs in the renderer: browser platform, no Node built-ins.
      platform: 'browser',
      target: 'chrome142',
      external: ['electron'],
      minify: true,
    },
    // The installed binary: answers --version alone, else reads and runs cli-run.cjs next to it
    // (electron/cli/bin.ts): a file it reads, not a module esbuild could see.
    cli: {
      ...common,
      entryPoints: ['electron/cli/bin.ts'],
      outfile: 'dist/cli.cjs',
      platform: 'node',
      target: 'node20',
      // esbuild keeps an entry file's own hashbang; add one only if the source has none.
      ...(readFileSync(join(root, 'electron', 'cli', 'bin.ts'), 'utf8').startsWith('#!') ? {} : { banner: { js: '#!/usr/bin/env node' } }),
    },
    cliRun: {
      ...common,
      entryPoints: ['electron/cli/cli.ts'],
      outfile: 'dist/cli-run.cjs',
      platform: 'node',
      target: 'node20',
      // An ASCII bundle is a one-byte string in V8 (half the memory, read without decoding, see
      // electron/cli/code-cache.ts). esbuild escapes non-ASCII in strings but leaves a `u` regex
      // literal as written (shared/cause-text.ts has a ’): told `u` regexes are unsupported, it
      // writes them as `new RegExp("…", "u")`, whose string it escapes. Same pattern, same flags.
      supported: { 'regexp-sticky-and-unicode-flags': false, 'regexp-unicode-property-escapes': false },
    },
  };
}

/** Where the CLI's list of source files goes (read by build/doctor.cjs). */
export const CLI_INPUTS = 'dist/cli-inputs.json';

/**
 * The files the two CLI bundles are made from, as esbuild's metafiles list them, plus what decides
 * how they are built: `npm run doctor` (build/doctor.cjs) rebuilds when one of them is newer than
 * the bundles or gone. The bundled dependencies' own files are left out (a hundred more stats per
 * run): npm rewrites node_modules/.package-lock.json whenever it changes the tree, and it is at
 * least as recent as every package folder it lists (docs.npmjs.com, "package-lock.json", Hidden
 * Lockfiles), so that one file stands for them.
 */
export function cliInputs(...metafiles) {
  const own = metafiles.flatMap((m) => Object.keys(m.inputs)).filter((f) => !f.startsWith('node_modules/'));
  const settings = ['package.json', 'package-lock.json', 'node_modules/.package-lock.json', 'tsconfig.json', 'build/build.mjs'].filter((f) =>
    existsSync(join(root, f)),
  );
  return [...new Set([...own, ...settings])].sort();
}

/** Build dist/cli.cjs and dist/cli-run.cjs, and write the list of what they were made from. */
export async function buildCli() {
  mkdirSync(join(root, 'dist'), { recursive: true });
  const b = bundles();
  const [cli, run] = await Promise.all([build({ ...b.cli, metafile: true }), build({ ...b.cliRun, metafile: true })]);
  chmodSync(join(root, b.cli.outfile), 0o755);
  writeFileSync(join(root, CLI_INPUTS), `${JSON.stringify(cliInputs(cli.metafile, run.metafile), null, 1)}\n`);
}

async function main() {
  const withRenderer = !process.argv.includes('--no-renderer');
  mkdirSync(join(root, 'dist'), { recursive: true });
  const b = bundles();
  await Promise.all([build(b.main), build(b.preload), buildCli()]);
  console.log('built dist/main.cjs, dist/preload.cjs, dist/cli.cjs');
  if (!withRenderer) return;
  const config = join(root, 'renderer', 'vite.config.ts');
  if (!existsSync(config)) {
    console.error('renderer/vite.config.ts not found: cannot build the popover UI');
    process.exit(1);
  }
  const vite = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', config], {
    cwd: root,
    stdio: 'inherit',
  });
  if (vite.status !== 0) process.exit(vite.status ?? 1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
