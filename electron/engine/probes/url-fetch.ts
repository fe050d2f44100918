/**
 * One HTTP(S) fetch of a URL through the probes' single network layer: the run's resolver
 * (`dnsServers` or the system one) → our own dialler → the HTTP proxy's CONNECT tunnel when the
 * route says so → TLS with the run's one trust store → one HTTP exchange. The sign-in endpoints use
 * the same modules phase by phase (endpoint-chain.ts); this is the variant for the captive page,
 * the Apple System Status feed and the clock's HTTP `Date` fallback, so every failure is an
 * `EndpointFailure` with a `Cause` and every phase has its own deadline and the run's signal.
 * Never throws.
 */
import { isIP } from 'node:net';
import type { Duplex } from 'node:stream';
import type { EndpointFailure, EndpointResult } from '../../../shared/checks';
import { ms } from '../deadline';
import type { ProxyRoute } from '../seams';
import { connectAny } from './connector';
import { bogonBlame } from './endpoint-chain';
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

export interface FetchOutcome {
  url: string;
  phases: EndpointResult['phases'];
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
  const t0 = env.mono();
  const out: FetchOutcome = {
    url,
    phases: { dns: null, tcp: null, tls: null, http: null },
    status: null,
    body: null,
    complete: false,
    overCap: false,
    connectedMono: null,
    headersMono: null,
    failure: null,
    totalMs: 0,
  };
  const finish = (failure: EndpointFailure | null): FetchOutcome => {
    out.failure = failure;
    out.totalMs = ms(env.mono() - t0);
    return out;
  };
  let u: URL;
  try {
    u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('scheme');
  } catch {
    return finish({ phase: 'http', cause: 'probe.failed', code: null, message: `not an http(s) URL: ${url}` });
  }
  const https = u.protocol === 'https:';
  const defaultPort = https ? 443 : 80;
  const host = u.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = u.port ? Number(u.port) : defaultPort;
  const route = opts.route ?? { kind: 'direct' as const };
  // A literal address was not answered by DNS, so a failure to reach it is never DNS's fault.
  const blame = (addresses: readonly string[], f: EndpointFailure | null) => (isIP(host) ? f : bogonBlame(addresses, f));

  let socket: Duplex;
  // Plain http through a proxy is sent in absolute form to the proxy itself (RFC 9112 §3.2.2).
  let path = `${u.pathname}${u.search}`;
  if (route.kind === 'proxy' && https) {
    const tunnel = await openTunnel(route, { host, port }, env);
    out.phases.tcp = tunnel.phase;
    if (!tunnel.socket) return finish(tunnel.failure);
    socket = tunnel.socket;
  } else {
    const target = route.kind === 'proxy' ? { host: route.host, port: route.port } : { host, port };
    const dns = await resolveHost(target.host, {
      servers: env.dnsServers,
      timeoutMs: env.timeouts.dnsMs,
      signal: env.signal,
      mono: env.mono,
      lookup: env.lookup,
    });
    out.phases.dns = dns.phase;
    if (dns.failure) return finish(route.kind === 'proxy' ? proxyFailure(dns.failure, route) : dns.failure);
    const tcp = await connectAny(dns.phase.addresses, target.port, { timeoutMs: env.timeouts.tcpMs, signal: env.signal, mono: env.mono });
    out.phases.tcp = tcp.phase;
    if (!tcp.socket) return finish(route.kind === 'proxy' ? proxyFailure(tcp.failure, route) : blame(dns.phase.addresses, tcp.failure));
    socket = tcp.socket;
    if (route.kind === 'proxy') path = u.href;
  }
  if (https) {
    const tlsOpts = tlsOptionsFor(host, env);
    const tls = await tlsHandshake(socket, opts.judgeIssuer === false ? { ...tlsOpts, expectedIssuers: null } : tlsOpts);
    out.phases.tls = tls.phase;
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
  return finish(http.failure);
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
