/**
 * `npm i -g appleid-doctor` / `npx appleid-doctor` from the packed tarball: the package's own
 * package.json (bin, files, engines) is packed with freshly built bundles, installed offline into a
 * temp prefix, and the installed binary answers `--version` and runs a real check against the
 * simulated Apple network. A `files` list that forgets a bundle the binary loads fails here.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error build/build.mjs is plain JS (no types); bundles() returns esbuild options.
import { bundles } from '../../build/build.mjs';
import { type Report, reportSchema } from '../../shared/report';
import { type SimNetwork, startSimNetwork } from '../sim/sim-network';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const rootPkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown> & { version: string; files: string[] };
const work = mkdtempSync(join(tmpdir(), 'aid-pack-'));
const pkgDir = join(work, 'pkg');
const prefix = join(work, 'prefix');
// npm must not touch the user's cache or config, nor the network (the tarball has no dependencies).
const npmEnv = { ...process.env, npm_config_cache: join(work, 'npm-cache'), npm_config_userconfig: join(work, 'npmrc'), npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
// The installed binary keeps its V8 code cache per user: here, in the temp dir, not the tester's home.
const cliEnv = { ...process.env, HOME: join(work, 'home'), XDG_CACHE_HOME: join(work, 'cache') };
let tarball = '';
let sim: SimNetwork;

beforeAll(async () => {
  mkdirSync(pkgDir, { recursive: true });
  // The published manifest is the repository's, minus what only development needs.
  const { scripts: _s, devDependencies: _d, ...manifest } = rootPkg;
  writeFileSync(join(pkgDir, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const f of ['README.md', 'LICENSE']) copyFileSync(join(ROOT, f), join(pkgDir, f));
  const b = bundles();
  for (const name of ['cli', 'cliRun'] as const) {
    await build({ ...b[name], absWorkingDir: ROOT, outfile: join(pkgDir, b[name].outfile), logLevel: 'silent' });
  }
  const packed = await run('npm', ['pack', '--pack-destination', work, '--json'], { cwd: pkgDir, env: npmEnv });
  tarball = join(work, (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename);
  await run('npm', ['install', '--global', '--prefix', prefix, '--offline', '--ignore-scripts', tarball], { env: npmEnv });
  sim = await startSimNetwork();
}, 180_000);

afterAll(async () => {
  await sim?.close();
  rmSync(work, { recursive: true, force: true });
});

const bin = () => join(prefix, 'bin', 'appleid-doctor');

describe('the packed CLI', () => {
  it('packs only the binary, the bundle it loads and the docs', async () => {
    const listed = await run('tar', ['-tzf', tarball]);
    const files = listed.stdout.trim().split('\n').sort();
    expect(files).toEqual(['package/LICENSE', 'package/README.md', 'package/dist/cli-run.cjs', 'package/dist/cli.cjs', 'package/package.json']);
  });

  it('installed globally, answers --version with the package version', async () => {
    expect(existsSync(bin())).toBe(true);
    const { stdout } = await run(bin(), ['--version'], { env: cliEnv });
    expect(stdout.trim()).toBe(rootPkg.version);
  });

  it('installed globally, runs a real check against the simulated network', async () => {
    const cfg = join(work, 'config.json');
    writeFileSync(cfg, JSON.stringify(sim.config));
    // Twice: the first run compiles the bundle and leaves a code cache, the second runs from it.
    for (let i = 0; i < 2; i++) {
      const { stdout } = await run(bin(), ['--json', '--config', cfg, '--only', 'signin-endpoints'], { timeout: 30_000, env: cliEnv });
      const report = JSON.parse(stdout) as Report;
      expect(reportSchema.safeParse(report).success).toBe(true);
      expect(report.checks.find((c) => c.id === 'signin-endpoints')?.status).toBe('pass');
      expect(report.verdict.light).toBe('green');
    }
  });

  it('through npx (npm exec) from the tarball, offline', async () => {
    const { stdout } = await run('npm', ['exec', '--yes', '--offline', `--package=${tarball}`, '--', 'appleid-doctor', '--version'], { cwd: work, env: npmEnv });
    expect(stdout.trim()).toBe(rootPkg.version);
  }, 60_000);
});
