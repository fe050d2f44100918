/**
 * The shipped bundles (dist/main.cjs, dist/cli-run.cjs behind the dist/cli.cjs binary), built in memory with build/build.mjs's own
 * options: at run time they require only `electron` and Node built-ins (no package left outside
 * the bundle, nothing to install next to the app), and the command runner is the only module that
 * touches `child_process` — no library may start a process (or a shell) behind its back.
 */
import { builtinModules } from 'node:module';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error build/build.mjs is plain JS (no types); bundles() returns esbuild options.
import { bundles } from '../../build/build.mjs';

const BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const RUNNER = 'electron/engine/system/command-runner.ts';

async function inMemory(name: 'main' | 'cliRun'): Promise<{ text: string; metafile: Metafile }> {
  const r = await build({ ...bundles()[name], write: false, metafile: true, logLevel: 'silent' });
  if (!r.outputFiles?.[0] || !r.metafile) throw new Error(`esbuild produced no ${name} bundle`);
  return { text: r.outputFiles[0].text, metafile: r.metafile };
}

describe.each(['main', 'cliRun'] as const)('bundle %s', (name) => {
  it('requires only electron and Node built-ins, and child_process only from the command runner', async () => {
    const { text, metafile } = await inMemory(name);
    const output = Object.values(metafile.outputs)[0]!;
    const external = [...new Set(output.imports.filter((i) => i.external).map((i) => i.path))];
    expect(external.filter((p) => p !== 'electron' && !BUILTINS.has(p))).toEqual([]);
    if (name === 'cliRun') expect(external).not.toContain('electron');

    const spawners = Object.entries(metafile.inputs)
      .filter(([, input]) => input.imports.some((i) => i.path === 'child_process' || i.path === 'node:child_process'))
      .map(([path]) => path);
    expect(spawners).toEqual([RUNNER]);
    // And in the emitted code: one require of child_process (the runner's), no execSync/exec shell helpers.
    expect(text.match(/require\("(node:)?child_process"\)/g) ?? []).toHaveLength(1);
    expect(text).not.toMatch(/\bexecSync\b|\bexecFileSync\b|\bspawnSync\b/);
    expect(text).not.toMatch(/systeminformation/);
  }, 60_000);
});

describe('dist/cli-run.cjs', () => {
  it('is pure ASCII, so the binary reads it as a one-byte string without decoding (electron/cli/code-cache.ts)', async () => {
    const { text } = await inMemory('cliRun');
    expect(text.match(/[^\x00-\x7f].{0,40}/u)?.[0] ?? null).toBeNull();
  }, 60_000);
});

describe('dist/cli.cjs (the binary)', () => {
  it('is a few kilobytes that require only Node built-ins (the full CLI is read from cli-run.cjs next to it)', async () => {
    const r = await build({ ...bundles().cli, write: false, metafile: true, logLevel: 'silent' });
    const text = r.outputFiles?.[0]?.text ?? '';
    expect(text.startsWith('#!/usr/bin/env node')).toBe(true);
    expect(text.length).toBeLessThan(8000);
    const output = Object.values(r.metafile?.outputs ?? {})[0];
    expect(output?.imports.filter((i) => i.external && !BUILTINS.has(i.path)).map((i) => i.path)).toEqual([]);
    expect(text).toContain('cli-run.cjs');
  });
});
