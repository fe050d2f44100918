/** Shared test helpers for the macOS system probes: fixtures, a scripted runner, a check context. */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createProxyRouter } from '../../../electron/engine/system/proxy-route';
import type { CheckContext, CommandResult, CommandRunner, EngineDeps, NetInterface } from '../../../electron/engine/types';
import { type Config, type ConfigInput, DEFAULT_CONFIG, resolveConfig } from '../../../shared/config';

const here = path.dirname(fileURLToPath(import.meta.url));
/** tests/fixtures/macos */
export const FIXTURES = path.join(here, '..', '..', 'fixtures', 'macos');
/** tests/fixtures/bin (the shims) */
export const SHIMS = path.join(here, '..', '..', 'fixtures', 'bin');

/** A fixture's text, byte-exact (decoded as UTF-8). */
export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** A successful command result with `stdout`. */
export function result(partial: Partial<CommandResult> = {}): CommandResult {
  return { stdout: '', stderr: '', exitCode: 0, signal: null, timedOut: false, truncated: false, durationMs: 1, spawnError: null, ...partial };
}

/** Scripted answers keyed by "tool arg1 arg2"; unknown invocations fail like a missing tool. */
export type Script = Record<string, Partial<CommandResult> | string>;

/** A fake runner that answers from a script and records every call. */
export function scriptedRunner(script: Script): CommandRunner & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async run(tool, args) {
      const key = [tool, ...args].join(' ');
      calls.push(key);
      const answer = script[key];
      if (answer === undefined) return result({ exitCode: null, spawnError: `ENOENT: no script for ${key}` });
      return result(typeof answer === 'string' ? { stdout: answer } : answer);
    },
  };
}

export interface CtxOptions {
  runner?: CommandRunner;
  config?: ConfigInput;
  env?: Record<string, string | undefined>;
  interfaces?: NetInterface[] | Error;
  now?: number;
  resolveProxy?: EngineDeps['resolveProxy'];
  signal?: AbortSignal;
}

/** Resolve a config input (throws on invalid input: tests only). */
export function config(input: ConfigInput = {}): Config {
  const r = resolveConfig({ platform: 'darwin', ...input });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.config;
}

/** A CheckContext with a per-context memo and the real proxy router, like the engine builds. */
export function makeCtx(o: CtxOptions = {}): CheckContext & { memoKeys: string[] } {
  const cfg = o.config ? config(o.config) : { ...DEFAULT_CONFIG, platform: 'darwin' as const };
  const deps: EngineDeps = {
    clock: { now: () => o.now ?? Date.parse('2026-06-01T00:00:00Z'), mono: () => performance.now() },
    runner: o.runner ?? scriptedRunner({}),
    network: {
      interfaces: async () => {
        if (o.interfaces instanceof Error) throw o.interfaces;
        return o.interfaces ?? [];
      },
    },
    env: o.env ?? {},
    ...(o.resolveProxy ? { resolveProxy: o.resolveProxy } : {}),
  };
  const memos = new Map<string, Promise<unknown>>();
  const memoKeys: string[] = [];
  const memo: CheckContext['memo'] = <T>(key: string, compute: () => Promise<T>) => {
    if (!memos.has(key)) {
      memoKeys.push(key);
      memos.set(key, compute());
    }
    return memos.get(key) as Promise<T>;
  };
  const signal = o.signal ?? new AbortController().signal;
  const router = createProxyRouter({ config: cfg, deps, macos: true, memo, signal });
  return { config: cfg, signal, deps, macos: true, memo, proxyRoute: router, memoKeys };
}

/** A temp dir with executable bash scripts; returns paths and a cleanup. */
export function scriptDir(scripts: Record<string, string>): { dir: string; path: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'appleid-doctor-shims-'));
  for (const [name, body] of Object.entries(scripts)) {
    const file = path.join(dir, name);
    writeFileSync(file, `#!/bin/bash\n${body}\n`);
    chmodSync(file, 0o755);
  }
  return { dir, path: (name) => path.join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
