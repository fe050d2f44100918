/** A CheckContext for running one check against servers on 127.0.0.1 (no engine needed). */
import { performance } from 'node:perf_hooks';
import type { CheckContext, Clock } from '../../../../electron/engine/types';
import { type Config, type ConfigInput, resolveConfig } from '../../../../shared/config';

/** The real clock (what production uses). */
export const realClock: Clock = { now: () => Date.now(), mono: () => performance.now() };

/** A clock whose wall time is `shiftMs` away from the real one (monotonic untouched). */
export function shiftedClock(shiftMs: number): Clock {
  return { now: () => Date.now() + shiftMs, mono: () => performance.now() };
}

/**
 * Resolve a config for tests. Sign-in endpoints default to a closed port on 127.0.0.1 so nothing
 * (not even the HTTP Date fallback) can leave loopback.
 */
export function testConfig(input: ConfigInput = {}): Config {
  const r = resolveConfig({
    endpoints: [{ id: 'local', host: '127.0.0.1', port: 9, path: '/' }],
    ntpServers: ['127.0.0.1:9'],
    statusFeedUrl: 'http://127.0.0.1:9/support/systemstatus/data/system_status_en_US.js',
    proxy: 'direct',
    platform: 'linux',
    ...input,
  });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.config;
}

/** Build a context; `signal` defaults to one that never aborts. */
export function testContext(config: Config, opts: { clock?: Clock; signal?: AbortSignal } = {}): CheckContext {
  const memos = new Map<string, Promise<unknown>>();
  return {
    config,
    signal: opts.signal ?? new AbortController().signal,
    macos: false,
    deps: {
      clock: opts.clock ?? realClock,
      runner: {
        run: () => Promise.reject(new Error('no commands in network tests')),
      },
      network: { interfaces: () => Promise.resolve([]) },
      env: {},
    },
    memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
      let p = memos.get(key) as Promise<T> | undefined;
      if (!p) {
        p = compute();
        memos.set(key, p);
      }
      return p;
    },
    proxyRoute: () => Promise.resolve({ kind: 'direct' }),
  };
}
