/**
 * The binary's V8 code cache (electron/cli/code-cache.ts), on the real bundles built into a temp
 * dir: a run without a cache leaves a private one, the next run uses it; a corrupt, truncated or
 * foreign cache never changes what the CLI prints; and a cache in a place another user could write
 * is never read. The probe is `--json --version`, which loads the whole bundle and prints the
 * version compiled into it: two builds that differ only in that string ("0.1.0" / "9.9.9") have
 * the same length, so V8 alone would run one build's cached code for the other (it checks only the
 * source length), and the output shows which code ran.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error build/build.mjs is plain JS (no types); bundles() returns esbuild options.
import { bundles } from '../../build/build.mjs';
import { codeCacheDir, MAX_CACHE_FILES } from '../../electron/cli/code-cache';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const OTHER = version.replace(/\d/g, '9');
const work = mkdtempSync(join(tmpdir(), 'aid-code-cache-'));
const home = join(work, 'home');
const env = { ...process.env, HOME: home, XDG_CACHE_HOME: join(work, 'xdg-cache'), APPLEID_DOCTOR_DEBUG_CACHE: '1' };
const cacheDir = codeCacheDir(env, process.platform, home) as string;
const buildA = join(work, 'a');
const buildB = join(work, 'b');

beforeAll(async () => {
  const b = bundles();
  for (const name of ['cli', 'cliRun'] as const) await build({ ...b[name], outfile: join(buildA, b[name].outfile), logLevel: 'silent' });
  // Build B: the same bundle with another version string of the same length.
  mkdirSync(join(buildB, 'dist'), { recursive: true });
  copyFileSync(join(buildA, 'dist', 'cli.cjs'), join(buildB, 'dist', 'cli.cjs'));
  const source = readFileSync(join(buildA, 'dist', 'cli-run.cjs'), 'utf8');
  expect(source.split(`"${version}"`)).toHaveLength(2);
  writeFileSync(join(buildB, 'dist', 'cli-run.cjs'), source.replace(`"${version}"`, `"${OTHER}"`));
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeEach(() => rmSync(cacheDir, { recursive: true, force: true }));

/** Run a build's binary; its stdout (the version its code holds) and what the loader said about the cache. */
async function versionOf(buildDir: string): Promise<{ printed: string; cache: string }> {
  const { stdout, stderr } = await run(process.execPath, [join(buildDir, 'dist', 'cli.cjs'), '--json', '--version'], { env, timeout: 20_000 });
  return { printed: stdout.trim(), cache: /code cache (\w+)/.exec(stderr)?.[1] ?? 'none' };
}

/** The one cache file a build left (there is one per bundle path and Node version). */
function cacheFileOf(buildDir: string, before: string[] = []): string {
  const files = readdirSync(cacheDir).filter((f) => f.endsWith('.v8cache') && !before.includes(f));
  expect(files, `${buildDir}: one new cache file`).toHaveLength(1);
  return join(cacheDir, files[0]!);
}

/** A cache file for build B that holds build A's compiled code under B's source digest: read, it runs A's code. */
async function forgedCacheForB(): Promise<string> {
  rmSync(cacheDir, { recursive: true, force: true });
  await versionOf(buildA);
  const fromA = cacheFileOf(buildA);
  await versionOf(buildB);
  const forB = cacheFileOf(buildB, [fromA.split('/').pop()!]);
  const a = readFileSync(fromA);
  const b = readFileSync(forB);
  // Header: 8-byte magic, SHA-256 of the source (B's here), SHA-256 of the payload; then V8's data.
  const payload = a.subarray(72);
  writeFileSync(forB, Buffer.concat([b.subarray(0, 40), createHash('sha256').update(payload).digest(), payload]));
  rmSync(fromA);
  return forB;
}

describe('the CLI binary’s code cache', () => {
  it('a first run leaves a cache only this user can read or write; the next run uses it', async () => {
    expect(await versionOf(buildA)).toEqual({ printed: version, cache: 'miss' });
    const file = cacheFileOf(buildA);
    expect(statSync(cacheDir).mode & 0o777).toBe(0o700);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const written = statSync(file).mtimeMs;
    expect(await versionOf(buildA)).toEqual({ printed: version, cache: 'hit' });
    expect(statSync(file).mtimeMs).toBe(written);
  });

  it.each([
    ['a flipped byte in the compiled code', (data: Buffer) => Buffer.concat([data.subarray(0, 5000), Buffer.from([data[5000]! ^ 0xff]), data.subarray(5001)])],
    ['a file cut in half', (data: Buffer) => data.subarray(0, data.length >> 1)],
    ['an empty file', () => Buffer.alloc(0)],
    ['a file that is not a cache', () => Buffer.from('not a code cache at all\n'.repeat(10))],
  ])('%s: the run prints the same and replaces the cache', async (_name, damage) => {
    await versionOf(buildA);
    const file = cacheFileOf(buildA);
    writeFileSync(file, damage(readFileSync(file)), { mode: 0o600 });
    expect(await versionOf(buildA)).toEqual({ printed: version, cache: 'miss' });
    expect(await versionOf(buildA)).toEqual({ printed: version, cache: 'hit' });
  });

  it('another build’s cache of the same length is not run for this build', async () => {
    await versionOf(buildA);
    const fromA = cacheFileOf(buildA);
    await versionOf(buildB);
    const forB = cacheFileOf(buildB, [fromA.split('/').pop()!]);
    copyFileSync(fromA, forB);
    expect(await versionOf(buildB)).toEqual({ printed: OTHER, cache: 'miss' });
  });

  it('a forged cache is run when it sits in this user’s private cache (the checks below have something to stop)', async () => {
    await forgedCacheForB();
    expect(await versionOf(buildB)).toEqual({ printed: version, cache: 'hit' });
  });

  it('is never read from, nor written to, a cache directory others can write', async () => {
    const forged = await forgedCacheForB();
    const bytes = readFileSync(forged);
    chmodSync(cacheDir, 0o777);
    expect(await versionOf(buildB)).toEqual({ printed: OTHER, cache: 'miss' });
    expect(readFileSync(forged).equals(bytes)).toBe(true);
    chmodSync(cacheDir, 0o770);
    expect(await versionOf(buildB)).toEqual({ printed: OTHER, cache: 'miss' });
    expect(readFileSync(forged).equals(bytes)).toBe(true);
  });

  it('is never read from a cache file others can write, nor through a symlink', async () => {
    const forged = await forgedCacheForB();
    chmodSync(forged, 0o666);
    expect(await versionOf(buildB)).toEqual({ printed: OTHER, cache: 'miss' });
    // Replaced by a private cache of B's own code at exit.
    expect(statSync(forged).mode & 0o777).toBe(0o600);
    expect(await versionOf(buildB)).toEqual({ printed: OTHER, cache: 'hit' });

    const again = await forgedCacheForB();
    const elsewhere = join(work, 'elsewhere.v8cache');
    copyFileSync(again, elsewhere);
    rmSync(again);
    symlinkSync(elsewhere, again);
    expect(await versionOf(buildB)).toEqual({ printed: OTHER, cache: 'miss' });
  });

  it.runIf(process.getuid?.() === 0)('is never read from a cache file another user owns', async () => {
    const forged = await forgedCacheForB();
    chownSync(forged, 4242, 4242);
    expect(await versionOf(buildB)).toEqual({ printed: OTHER, cache: 'miss' });
  });

  it.runIf(process.getuid?.() === 0)('is not created inside a directory another user owns (sudo with that user’s HOME)', async () => {
    const parent = join(cacheDir, '..');
    mkdirSync(parent, { recursive: true });
    chownSync(parent, 4242, 4242);
    try {
      expect(await versionOf(buildA)).toEqual({ printed: version, cache: 'miss' });
      expect(existsSync(cacheDir)).toBe(false);
    } finally {
      chownSync(parent, 0, 0);
    }
  });

  it('a cache directory that cannot be created leaves the run as it was', async () => {
    mkdirSync(join(cacheDir, '..'), { recursive: true });
    writeFileSync(cacheDir, 'a file where the directory should be');
    try {
      expect(await versionOf(buildA)).toEqual({ printed: version, cache: 'miss' });
    } finally {
      rmSync(cacheDir, { force: true });
    }
  });
});

describe('old caches', () => {
  it('are pruned to the few written last when a new one is written; the new one stays', async () => {
    mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
    const old = Array.from({ length: MAX_CACHE_FILES + 1 }, (_, i) => {
      const f = join(cacheDir, `cli-run-${String(i + 1).padStart(16, '0')}.v8cache`);
      writeFileSync(f, 'stale', { mode: 0o600 });
      utimesSync(f, 1_000_000 + i, 1_000_000 + i);
      return f;
    });
    writeFileSync(join(cacheDir, 'unrelated.txt'), 'not ours');
    expect(await versionOf(buildA)).toEqual({ printed: version, cache: 'miss' });
    const left = readdirSync(cacheDir).filter((f) => f.endsWith('.v8cache'));
    expect(left).toHaveLength(MAX_CACHE_FILES);
    // The newest stale ones survive, the oldest go; files that are not caches are not touched.
    for (const f of old.slice(-(MAX_CACHE_FILES - 1))) expect(left).toContain(f.split('/').pop());
    expect(readdirSync(cacheDir)).toContain('unrelated.txt');
    expect(await versionOf(buildA)).toEqual({ printed: version, cache: 'hit' });
  });
});

describe('codeCacheDir', () => {
  it('is per user: ~/Library/Caches on macOS, else $XDG_CACHE_HOME (absolute only) or ~/.cache', () => {
    expect(codeCacheDir({ XDG_CACHE_HOME: '/x' }, 'darwin', '/Users/a')).toBe('/Users/a/Library/Caches/appleid-doctor');
    expect(codeCacheDir({ XDG_CACHE_HOME: '/x' }, 'linux', '/home/a')).toBe('/x/appleid-doctor');
    expect(codeCacheDir({ XDG_CACHE_HOME: 'relative' }, 'linux', '/home/a')).toBe('/home/a/.cache/appleid-doctor');
    expect(codeCacheDir({}, 'linux', '/home/a')).toBe('/home/a/.cache/appleid-doctor');
  });
});
