/**
 * What the network probes need from a check context, gathered once per run: the clock, the run's
 * signal, timeouts, resolver choice, the trust store and the proxy route. Keeping probes on this
 * small interface lets unit tests drive them without an engine.
 */
import { setMaxListeners } from 'node:events';
import tls from 'node:tls';
import type { Config } from '../../../shared/config';
import type { CheckContext, ProxyRoute } from '../types';
import { readCaFile } from '../system/bounded-read';

/** getaddrinfo-style lookup returning every address (both families). */
export type LookupAll = (host: string) => Promise<{ address: string; family: number }[]>;

export interface ProbeEnv {
  /** Monotonic ms for durations. */
  mono(): number;
  /** The run's signal (deadline or cancel). */
  signal: AbortSignal;
  timeouts: Config['timeouts'];
  /** Configured resolvers ("ip:port"); empty = the system resolver. */
  dnsServers: readonly string[];
  /** Trust anchors: Node's bundled roots plus `extraCaFile`. */
  ca: readonly string[];
  expectedIssuers: readonly string[];
  proxyRoute(url: string): Promise<ProxyRoute>;
  /** System resolver override (tests); default `dns.promises.lookup` with `all: true`. */
  lookup?: LookupAll;
}

/** Either the env, or why it could not be built (e.g. unreadable `extraCaFile`). */
export type ProbeEnvResult = { ok: true; env: ProbeEnv } | { ok: false; message: string };

/** Read `extraCaFile` once per run (memoised) and build the probe environment. Never throws. */
export async function probeEnv(ctx: CheckContext): Promise<ProbeEnvResult> {
  const { config } = ctx;
  // Memoised per run, and the same PEM maps to the same array across runs, so every probe shares
  // one parsed SecureContext (building one from ~150 roots costs ~30 ms of CPU).
  const trust = await ctx.memo('probe:trust', async (): Promise<{ ca: readonly string[] } | { error: string }> => {
    if (!config.extraCaFile) return { ca: tls.rootCertificates };
    try {
      return { ca: trustList(await readCaFile(config.extraCaFile)) };
    } catch (err) {
      return { error: `could not read extraCaFile ${config.extraCaFile}: ${(err as Error).message}` };
    }
  });
  if ('error' in trust) return { ok: false, message: trust.error };
  return {
    ok: true,
    env: {
      mono: () => ctx.deps.clock.mono(),
      signal: childSignal(ctx.signal),
      timeouts: config.timeouts,
      dnsServers: config.dnsServers,
      ca: trust.ca,
      expectedIssuers: config.expectedIssuers,
      proxyRoute: (url) => ctx.proxyRoute(url),
    },
  };
}

const trustLists = new Map<string, readonly string[]>();
/** Node's roots plus `extraPem`, one stable array per distinct PEM (a few kept). */
function trustList(extraPem: string): readonly string[] {
  let list = trustLists.get(extraPem);
  if (!list) {
    if (trustLists.size >= 4) trustLists.delete(trustLists.keys().next().value as string);
    list = Object.freeze([...tls.rootCertificates, extraPem]);
    trustLists.set(extraPem, list);
  }
  return list;
}

/**
 * A signal that follows the run's signal. Every phase deadline listens to it, and a check runs
 * dozens of phases in parallel: on our own signal we can lift the listener limit (which only
 * exists to flag leaks) without touching the engine's signal beyond one listener per check.
 */
function childSignal(parent: AbortSignal): AbortSignal {
  const child = new AbortController();
  setMaxListeners(200, child.signal);
  if (parent.aborted) child.abort(parent.reason);
  else parent.addEventListener('abort', () => child.abort(parent.reason), { once: true });
  return child.signal;
}

/** Describe the resolver in use, for reports: 'system' or the configured "ip:port" list. */
export function resolverLabel(servers: readonly string[]): string {
  return servers.length ? servers.join(', ') : 'system';
}

/** TLS handshake options for `host` under this env: the real SNI, the run's trust anchors and budget. */
export function tlsOptionsFor(host: string, env: ProbeEnv) {
  return {
    servername: host,
    ca: env.ca,
    expectedIssuers: env.expectedIssuers,
    timeoutMs: env.timeouts.tlsMs,
    signal: env.signal,
    mono: env.mono,
  };
}
