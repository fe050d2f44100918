/**
 * The probes' single network layer: the one place the phases of an HTTP(S) exchange are put in
 * order — the run's resolver (`dnsServers` or the system one) → our own dialler → the HTTP proxy's
 * CONNECT tunnel when the route says so → TLS with the run's one trust store → one HTTP exchange.
 * The sign-in endpoints (endpoint-chain.ts), the captive page, the Apple System Status feed and
 * the clock's HTTP `Date` fallback all go through `fetchTarget`, so every failure is an
 * `EndpointFailure` with a `Cause` and every phase has its own deadline and the run's signal.
 * Never throws.
 */
import { isIP } from 'node:net';
import type { Duplex } from 'node:stream';
import type { EndpointFailure, EndpointResult } from '../../../shared/checks';
import { ms, nextTurn } from '../deadline';
import type { ProxyRoute } from '../seams';
import { bogonBlame } from './bogon';
import { connectAny } from './connector';
import { httpGet } from './http-exchange';
import { type ProbeEnv, tlsOptionsFor } from './probe-env';
import { openTunnel } from './proxy-tunnel';
import { resolveHost } from './resolver';
import { tlsHandshake } from './tls-handshake';

export interface FetchOptions {
  method?: 'GET' | 'HEAD';
  /** Direct, or through an HTTP proxy (CONNECT for https, absolute-form for http). Default direct. */
  route?: Extract<ProxyRoute, { kind: 'direct' } | { kind: 'proxy' }>;
  /** Body bytes read before hanging up (the answer is then `overCap`). */
  capBytes: number;
  /** Keep the body text (up to the cap). */
  keepBody?: boolean;
  /**
   * Judge who signed the chain (`tls.intercepted` when a trusted root that no Apple CA issued
   * signs it). Default true. The status feed and the clock's `Date` only need a verified chain:
   * what they carry is what matters, and a TLS-inspecting proxy passes it through unchanged.
   */
  judgeIssuer?: boolean;
}

/** Where to fetch from, already taken apart (an endpoint's host/port/path, or a parsed URL). */
export interface FetchTarget {
  https: boolean;
  /** A host name or a bare IP literal (no brackets). */
  host: string;
  port: number;
  /** Origin-form request target ("/path?query"). */
  path: string;
}

export interface FetchOutcome {
  url: string;
  phases: EndpointResult['phases'];
  /** The address the connection went to: the server's (direct) or the proxy's (tunnel). */
  address: string | null;
  /** HTTP status, or null when no answer arrived. */
  status: number | null;
  body: string | null;
  /** The body arrived in full. */
  complete: boolean;
  /** The answer was bigger than `capBytes` (declared or read). */
  overCap: boolean;
  /** Monotonic time the connection (tunnel and TLS included) was up, just before the request left. */
  connectedMono: number | null;
  /** Monotonic time the response headers arrived. */
  headersMono: number | null;
  failure: EndpointFailure | null;
  totalMs: number;
}

/** Fetch `url` under `env`. */
export async function fetchUrl(url: string, env: ProbeEnv, opts: FetchOptions): Promise<FetchOutcome> {
  let u: URL;
  try {
    u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('scheme');
  } catch {
    const out = emptyOutcome(url);
    out.failure = { phase: 'http', cause: 'probe.failed', code: null, message: `not an http(s) URL: ${url}` };
    return out;
  }
  const https = u.protocol === 'https:';
  const target: FetchTarget = {
    https,
    host: u.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: u.port ? Number(u.port) : https ? 443 : 80,
    path: `${u.pathname}${u.search}`,
  };
  return fetchTarget(target, env, opts, url);
}

function emptyOutcome(url: string): FetchOutcome {
  return {
    url,
    phases: { dns: null, tcp: null, tls: null, http: null },
    address: null,
    status: null,
    body: null,
    complete: false,
    overCap: false,
    connectedMono: null,
    headersMono: null,
    failure: null,
    totalMs: 0,
  };
}

/** The URL a target stands for (reports, the proxy's absolute-form request line). */
export function targetUrl(t: FetchTarget): string {
  const host = isIP(t.host) === 6 ? `[${t.host}]` : t.host;
  const defaultPort = t.https ? 443 : 80;
  return `${t.https ? 'https' : 'http'}://${host}${t.port === defaultPort ? '' : `:${t.port}`}${t.path}`;
}

/**
 * Fetch `target` under `env`, phase by phase: the one orchestration of resolve → dial → proxy →
 * TLS → HTTP. `url` is what the outcome reports (default: the target's own URL).
 */
export async function fetchTarget(target: FetchTarget, env: ProbeEnv, opts: FetchOptions, url = targetUrl(target)): Promise<FetchOutcome> {
  const t0 = env.mono();
  const out = emptyOutcome(url);
  const finish = (failure: EndpointFailure | null): FetchOutcome => {
    out.failure = failure;
    out.totalMs = ms(env.mono() - t0);
    return out;
  };
  const { https, host, port } = target;
  const defaultPort = https ? 443 : 80;
  const route = opts.route ?? { kind: 'direct' as const };
  // A literal address was not answered by DNS, so a failure to reach it is never DNS's fault.
  const blame = (addresses: readonly string[], f: EndpointFailure | null) => (isIP(host) ? f : bogonBlame(addresses, f));

  let socket: Duplex;
  // Plain http through a proxy is sent in absolute form to the proxy itself (RFC 9112 §3.2.2).
  let path = target.path;
  if (route.kind === 'proxy' && https) {
    const tunnel = await openTunnel(route, { host, port }, env);
    out.phases.tcp = tunnel.phase;
    out.address = tunnel.phase.address;
    await nextTurn();
    if (!tunnel.socket) return finish(tunnel.failure);
    socket = tunnel.socket;
  } else {
    // The first hop: the proxy itself (plain http through a proxy), or the server.
    const hop = route.kind === 'proxy' ? { host: route.host, port: route.port } : { host, port };
    const dns = await resolveHost(hop.host, {
      servers: env.dnsServers,
      timeoutMs: env.timeouts.dnsMs,
      signal: env.signal,
      mono: env.mono,
      lookup: env.lookup,
    });
    out.phases.dns = dns.phase;
    // Each phase's synchronous follow-up waits for the loop's next turn (deadline.ts `nextTurn`).
    await nextTurn();
    if (dns.failure) return finish(route.kind === 'proxy' ? proxyFailure(dns.failure, route) : dns.failure);
    const tcp = await connectAny(dns.phase.addresses, hop.port, { timeoutMs: env.timeouts.tcpMs, signal: env.signal, mono: env.mono });
    out.phases.tcp = tcp.phase;
    out.address = tcp.phase.address;
    await nextTurn();
    if (!tcp.socket) return finish(route.kind === 'proxy' ? proxyFailure(tcp.failure, route) : blame(dns.phase.addresses, tcp.failure));
    socket = tcp.socket;
    if (route.kind === 'proxy') path = targetUrl(target);
  }
  if (https) {
    const tls = await tlsHandshake(socket, tlsOptionsFor(host, env, { port, judgeIssuer: opts.judgeIssuer !== false }));
    out.phases.tls = tls.phase;
    await nextTurn();
    if (!tls.socket) return finish(route.kind === 'direct' ? blame(out.phases.dns?.addresses ?? [], tls.failure) : tls.failure);
    socket = tls.socket;
  }
  out.connectedMono = env.mono();
  const http = await httpGet(socket, {
    method: opts.method,
    host,
    port,
    defaultPort,
    path,
    timeoutMs: env.timeouts.httpMs,
    signal: env.signal,
    mono: env.mono,
    capBytes: opts.capBytes,
    keepBody: opts.keepBody,
  });
  out.phases.http = http.phase;
  out.status = http.phase.status;
  out.body = http.body;
  out.complete = http.complete;
  out.overCap = http.overCap;
  out.headersMono = http.headersMono;
  // The caller's next work (parsing the status feed, judging the check) waits its turn too.
  const outcome = finish(http.failure);
  await nextTurn();
  return outcome;
}

/** A DNS or TCP failure on the way to the proxy is the proxy's (phase `proxy`), as in proxy-tunnel.ts. */
function proxyFailure(f: EndpointFailure | null, proxy: { host: string; port: number }): EndpointFailure {
  const name = `proxy ${proxy.host}:${proxy.port}`;
  if (f?.phase === 'dns') return { phase: 'proxy', cause: 'proxy.down', code: f.code, message: `${name} cannot be found: ${f.message}` };
  return {
    phase: 'proxy',
    cause: f?.cause === 'tcp.timeout' ? 'proxy.timeout' : 'proxy.down',
    code: f?.code ?? null,
    message: `${name} is not reachable: ${f?.message ?? 'no answer'}`,
  };
}
