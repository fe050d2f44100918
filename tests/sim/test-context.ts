/**
 * A CheckContext for calling a check's `run(ctx)` directly in tests (no engine): real clock,
 * a runner that refuses to spawn, per-context memo, and a proxy route derived from
 * `config.proxy` ('direct' or 'http://host:port') unless the test supplies its own.
 */

import type { CheckContext, EngineDeps, ProxyRoute } from '../../electron/engine/types';
import { type Config, type ConfigInput, resolveConfig } from '../../shared/config';

export interface TestContextOptions {
  /** Fixed route, or a function of the URL. Default: from config.proxy. */
  route?: ProxyRoute | ((url: string) => Promise<ProxyRoute>);
  signal?: AbortSignal;
}

/** Resolve a ConfigInput or throw with the validation errors (tests only). */
export function mustResolve(input: ConfigInput): Config {
  const r = resolveConfig(input);
  if (!r.ok) throw new Error(`invalid test config: ${r.errors.join('; ')}`);
  return r.config;
}

/**
 * Engine deps for tests: real clocks, no processes, one ordinary Wi-Fi interface (so failures are
 * blamed on the network, not on an offline Mac), empty env.
 */
export function testDeps(): EngineDeps {
  return {
    clock: { now: () => Date.now(), mono: () => performance.now() },
    runner: {
      run: async () => ({
        stdout: '',
        stderr: '',
        exitCode: null,
        signal: null,
        timedOut: false,
        truncated: false,
        durationMs: 0,
        spawnError: 'ENOENT (tests never spawn)',
      }),
    },
    network: { interfaces: async () => [{ iface: 'en0', addresses: ['192.0.2.10'], isDefault: true, up: true }] },
    env: {},
  };
}

/** Build a context for a resolved `config` (use `mustResolve(sim.config)` for a ConfigInput). */
export function makeContext(resolved: Config, opts: TestContextOptions = {}): CheckContext {
  const memos = new Map<string, Promise<unknown>>();
  const fromConfig = (): ProxyRoute => {
    if (resolved.proxy.startsWith('http://')) {
      const u = new URL(resolved.proxy);
      return { kind: 'proxy', host: u.hostname, port: Number(u.port || 80), source: 'config' };
    }
    return { kind: 'direct' };
  };
  const route = opts.route;
  return {
    config: resolved,
    signal: opts.signal ?? new AbortController().signal,
    deps: testDeps(),
    macos: false,
    memo: <T>(key: string, compute: () => Promise<T>): Promise<T> => {
      let p = memos.get(key) as Promise<T> | undefined;
      if (!p) {
        p = compute();
        memos.set(key, p);
      }
      return p;
    },
    proxyRoute: async (url) => (typeof route === 'function' ? route(url) : (route ?? fromConfig())),
  };
}
