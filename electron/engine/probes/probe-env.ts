/**
 * What the network probes need from a check context, gathered once per run: the clock, the run's
 * signal, timeouts, resolver choice, the trust store and the proxy route. Keeping probes on this
 * small interface lets unit tests drive them without an engine.
 */
import tls from 'node:tls';
import type { Config } from '../../../shared/config';
import { type Abortable, PhaseSignal } from '../deadline';
import type { CheckContext, ProxyRoute } from '../seams';
import { readCaFile } from '../system/bounded-read';
import type { TlsOptions } from './tls-handshake';
import { sessionKey, type TlsSessionCache } from './tls-sessions';

/** getaddrinfo-style lookup returning every address (both families). */
export type LookupAll = (host: string) => Promise<{ address: string; family: number }[]>;

export interface ProbeEnv {
  /** Monotonic ms for durations. */
  mono(): number;
  /** The run's signal (deadline or cancel). */
  signal: Abortable;
  timeouts: Config['timeouts'];
  /** Configured resolvers ("ip:port"); empty = the system resolver. */
  dnsServers: readonly string[];
  /**
   * The run's one trust store: Node's built-in roots as they are (`builtInRoots`, no `ca` option),
   * or one context holding those roots plus `extraCaFile`; null only in tests (a context per
   * connection, as `tls.connect` makes it).
   */
  secureContext: tls.SecureContext | null;
  expectedIssuers: readonly string[];
  proxyRoute(url: string): Promise<ProxyRoute>;
  /** System resolver override (tests); default `dns.promises.lookup` with `all: true`. */
  lookup?: LookupAll;
  /** Resumable TLS sessions shared by this deps' runs (the monitor's); absent = full handshakes only. */
  tlsSessions?: TlsSessionCache;
  /** Wall-clock ms (the Mac's clock: resumed sessions are only offered within their chain's dates). */
  now(): number;
}

/** Either the env, or why it could not be built (e.g. unreadable `extraCaFile`). */
export type ProbeEnvResult = { ok: true; env: ProbeEnv } | { ok: false; message: string };

/**
 * Read `extraCaFile` once per run (memoised) and build the probe environment. Never throws.
 * The trust store is built here, before any probe starts a phase timer: parsing ~150 roots plus
 * the extra CA costs ~40 ms of CPU, which would otherwise be billed to whichever phase was running.
 */
export async function probeEnv(ctx: CheckContext): Promise<ProbeEnvResult> {
  const { config } = ctx;
  const trust = await ctx.memo('probe:trust', async (): Promise<{ context: tls.SecureContext | null } | { error: string }> => {
    if (!config.extraCaFile) return { context: builtInRoots() };
    try {
      return { context: trustContext(await readCaFile(config.extraCaFile)) };
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
      secureContext: trust.context,
      expectedIssuers: config.expectedIssuers,
      proxyRoute: (url) => ctx.proxyRoute(url),
      now: () => ctx.deps.clock.now(),
      ...(ctx.deps.tlsSessions ? { tlsSessions: ctx.deps.tlsSessions } : {}),
    },
  };
}

let builtIn: tls.SecureContext | null = null;
/**
 * One context on Node's built-in roots for every connection of the process. `tls.connect` without
 * a `secureContext` makes a new one per connection (lib/_tls_wrap.js: `tls.createSecureContext(options)`),
 * an SSL_CTX each time: ~0.24 ms of CPU per handshake on the development machine, a fifth of a
 * resumed HTTPS fetch. The roots themselves are parsed once per process either way (Node shares
 * one root store, src/crypto/crypto_context.cc NewRootCertStore); the trust is the same.
 */
export function builtInRoots(): tls.SecureContext {
  builtIn ??= tls.createSecureContext();
  return builtIn;
}

const trustContexts = new Map<string, tls.SecureContext>();
/**
 * Node's roots plus `extraPem` as one SecureContext, built once per distinct PEM (a few kept, so
 * a monitor running every few minutes never parses the roots again).
 */
export function trustContext(extraPem: string): tls.SecureContext {
  let context = trustContexts.get(extraPem);
  if (!context) {
    if (trustContexts.size >= 4) trustContexts.delete(trustContexts.keys().next().value as string);
    context = rootsPlus(extraPem);
    trustContexts.set(extraPem, context);
  }
  return context;
}

/**
 * Node's built-in roots plus `extraPem`. Passing `ca: [...tls.rootCertificates, extraPem]` makes
 * OpenSSL parse all ~146 root PEMs again (~20 ms of CPU, the largest cost of a CLI run with an
 * extra CA). Instead take a context on Node's shared root store and add the extra CA to it: on
 * the first addCACert Node copies that store from its already-parsed roots and adds the PEM's
 * certificates to the copy (nodejs/node src/crypto/crypto_context.cc, SecureContext::AddCACert and
 * AddRootCerts), ~1 ms. The same native call is what the `ca` option makes per certificate
 * (lib/internal/tls/secure-context.js); where it is missing, the `ca` option is used.
 */
function rootsPlus(extraPem: string): tls.SecureContext {
  const context = tls.createSecureContext();
  const native = (context as unknown as { context?: { addCACert?: (pem: string) => void } }).context;
  if (typeof native?.addCACert !== 'function') return tls.createSecureContext({ ca: [...tls.rootCertificates, extraPem] });
  native.addCACert(extraPem);
  return context;
}

/**
 * A signal that follows the run's signal. Every phase deadline of the check listens to it (dozens
 * in parallel), on a PhaseSignal's plain list; the run's own signal gets one listener per check.
 * It lives as long as the run's signal, so its listener there is never taken off.
 */
function childSignal(parent: AbortSignal): Abortable {
  return PhaseSignal.following(parent).signal;
}

/** Describe the resolver in use, for reports: 'system' or the configured "ip:port" list. */
export function resolverLabel(servers: readonly string[]): string {
  return servers.length ? servers.join(', ') : 'system';
}

/**
 * TLS handshake options for `host` under this env: the real SNI, the run's trust anchors and
 * budget. With `resumeOn` (the port, and whether the issuer is judged) the env's session cache is
 * used; without it (e.g. checking an address another resolver gave) every handshake is full.
 */
export function tlsOptionsFor(host: string, env: ProbeEnv, resumeOn?: { port: number; judgeIssuer: boolean }): TlsOptions {
  const sessions = env.tlsSessions;
  return {
    servername: host,
    secureContext: env.secureContext,
    expectedIssuers: resumeOn?.judgeIssuer === false ? null : env.expectedIssuers,
    timeoutMs: env.timeouts.tlsMs,
    signal: env.signal,
    mono: env.mono,
    ...(sessions && resumeOn
      ? {
          resume: {
            cache: sessions,
            // The issuer verdict is kept with the session: a different list must judge afresh.
            key: `${sessionKey(host, resumeOn.port, env.secureContext)}:${resumeOn.judgeIssuer ? env.expectedIssuers.join('|') : '*'}`,
            now: env.now,
          },
        }
      : {}),
  };
}
