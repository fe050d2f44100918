/**
 * `npm run doctor` (build/doctor.cjs) runs the built CLI and rebuilds it only when a file the CLI
 * is made from changed: never a stale answer after an edit, never a rebuild for nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error build/build.mjs is plain JS (no types).
import { bundles, cliInputs } from '../../build/build.mjs';

const { stale } = createRequire(import.meta.url)('../../build/doctor.cjs') as { stale(root: string): boolean };

describe('doctor launcher: is the built CLI stale?', () => {
  let root: string;
  const at = (file: string, seconds: number): void => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), file.endsWith('.json') && file.startsWith('dist/') ? '["electron/cli/cli.ts","shared/config.ts"]' : '');
    utimesSync(join(root, file), seconds, seconds);
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'appleid-doctor-launcher-'));
    at('electron/cli/cli.ts', 1000);
    at('shared/config.ts', 1000);
    at('dist/cli.cjs', 2000);
    at('dist/cli-run.cjs', 2000);
    at('dist/cli-inputs.json', 2000);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is fresh when every listed input is older than both bundles', () => {
    expect(stale(root)).toBe(false);
  });

  it('is stale when one input was edited after the older bundle was written', () => {
    at('dist/cli.cjs', 1500);
    at('shared/config.ts', 1800);
    expect(stale(root)).toBe(true);
  });

  it('is stale when an input is gone, or a bundle, or the list', () => {
    rmSync(join(root, 'shared/config.ts'));
    expect(stale(root)).toBe(true);
    at('shared/config.ts', 1000);
    rmSync(join(root, 'dist/cli-run.cjs'));
    expect(stale(root)).toBe(true);
    at('dist/cli-run.cjs', 2000);
    rmSync(join(root, 'dist/cli-inputs.json'));
    expect(stale(root)).toBe(true);
  });

  it('is stale when the list is not a list of files', () => {
    for (const text of ['', '{}', '[]', '[1]', 'null']) {
      writeFileSync(join(root, 'dist/cli-inputs.json'), text);
      expect(stale(root), text).toBe(true);
    }
  });
});

describe('doctor launcher: the inputs it watches', () => {
  it('are the CLI bundles’ own sources and the files that decide how they are built, not the app shell or a dependency’s files', async () => {
    const b = bundles();
    const metas: Metafile[] = [];
    for (const name of ['cli', 'cliRun'] as const) {
      const r = await build({ ...b[name], write: false, metafile: true, logLevel: 'silent' });
      if (!r.metafile) throw new Error('esbuild returned no metafile');
      metas.push(r.metafile);
    }
    const inputs = cliInputs(...metas) as string[];
    expect(inputs).toEqual(expect.arrayContaining(['electron/cli/bin.ts', 'electron/cli/cli.ts', 'electron/engine/run-diagnosis.ts', 'shared/config.ts']));
    expect(inputs).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'node_modules/.package-lock.json', 'build/build.mjs']));
    expect(inputs).not.toContain('electron/shell/main.ts');
    expect(inputs.filter((f) => f.startsWith('node_modules/') && f !== 'node_modules/.package-lock.json')).toEqual([]);
  });
});

describe('npm run doctor', () => {
  it("asks npm's registry nothing: the project turns npm's update check off, whatever the user's own npm settings", () => {
    const home = mkdtempSync(join(tmpdir(), 'appleid-doctor-home-'));
    try {
      const root = join(dirname(new URL(import.meta.url).pathname), '..', '..');
      // A $HOME with no .npmrc: only the project's settings and npm's defaults (true) apply.
      const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, USERPROFILE: home };
      for (const key of Object.keys(env)) if (/^npm_config_update[-_]notifier$/i.test(key)) delete env[key];
      const out = execFileSync('npm', ['config', 'get', 'update-notifier'], { cwd: root, env, encoding: 'utf8' });
      expect(out.trim()).toBe('false');
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
