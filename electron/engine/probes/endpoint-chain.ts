/**
 * One sign-in endpoint measured phase by phase: DNS → TCP → TLS → HTTP (or proxy CONNECT → TLS →
 * HTTP), each with its own deadline and the run's signal, in the shape of `EndpointResult`
 * (shared/checks.ts). Modelled on OONI's measurement flow (ooni/spec nettests/ts-017-web-connectivity.md).
 * Never throws.
 */
import type net from 'node:net';
import type { EndpointFailure, EndpointResult } from '../../../shared/checks';
import { type MessageRef, msg } from '../../../shared/i18n/check-message';
import { ms } from '../deadline';
import type { ProxyRoute } from '../seams';
import { isBogon, isFakeIp } from './bogon';
import { connectAny } from './connector';
import { httpGet } from './http-exchange';
import { type ProbeEnv, tlsOptionsFor } from './probe-env';
import { openTunnel } from './proxy-tunnel';
import { resolveHost } from './resolver';
import { tlsHandshake } from './tls-handshake';

/** A configured endpoint. */
export interface EndpointSpec {
  id: string;
  host: string;
  port: number;
  path: string;
}

/** The route actually used, with a note when the configured one could not be honoured. */
export interface RouteChoice {
  route: Extract<ProxyRoute, { kind: 'direct' } | { kind: 'proxy' }>;
  /** A `checks.*` message for the check's summary (the URL or the error stay as they are). */
  note: MessageRef | null;
}

/** Ask the engine how to reach `url`; PAC scripts we cannot evaluate mean "go direct, say so". */
export async function chooseRoute(url: string, env: ProbeEnv): Promise<RouteChoice> {
  try {
    const r = await env.proxyRoute(url);
    if (r.kind === 'pac-unevaluated') return { route: { kind: 'direct' }, note: msg('checks.signin-endpoints.note.pac', { url: r.url }) };
    return { route: r, note: null };
  } catch (err) {
    return { route: { kind: 'direct' }, note: msg('checks.signin-endpoints.note.unreadable', { detail: (err as Error).message }) };
  }
}

/** The https URL of an endpoint (what the proxy route is asked for). */
export function endpointUrl(ep: EndpointSpec): string {
  return `https://${ep.host}${ep.port === 443 ? '' : `:${ep.port}`}${ep.path}`;
}

/** Measure one endpoint. */
export async function runEndpointChain(ep: EndpointSpec, env: ProbeEnv): Promise<EndpointResult> {
  const t0 = env.mono();
  const { route } = await chooseRoute(endpointUrl(ep), env);
  const result: EndpointResult = {
    id: ep.id,
    host: ep.host,
    port: ep.port,
    path: ep.path,
    address: null,
    via: route.kind === 'proxy' ? { kind: 'proxy', host: route.host, port: route.port, source: route.source } : { kind: 'direct' },
    phases: { dns: null, tcp: null, tls: null, http: null },
    failure: null,
    totalMs: 0,
  };
  const finish = (failure: EndpointFailure | null): EndpointResult => {
    result.failure = failure;
    result.totalMs = ms(env.mono() - t0);
    return result;
  };

  let socket: net.Socket | null;
  if (route.kind === 'proxy') {
    const tunnel = await openTunnel(route, { host: ep.host, port: ep.port }, env);
    result.phases.tcp = tunnel.phase;
    result.address = tunnel.phase.address;
    if (!tunnel.socket) return finish(tunnel.failure);
    socket = tunnel.socket;
  } else {
    const dns = await resolveHost(ep.host, {
      servers: env.dnsServers,
      timeoutMs: env.timeouts.dnsMs,
      signal: env.signal,
      mono: env.mono,
      lookup: env.lookup,
    });
    result.phases.dns = dns.phase;
    if (dns.failure) return finish(dns.failure);
    const tcp = await connectAny(dns.phase.addresses, ep.port, { timeoutMs: env.timeouts.tcpMs, signal: env.signal, mono: env.mono });
    result.phases.tcp = tcp.phase;
    result.address = tcp.phase.address;
    if (!tcp.socket) return finish(bogonBlame(dns.phase.addresses, tcp.failure));
    socket = tcp.socket;
  }

  const tls = await tlsHandshake(socket, tlsOptionsFor(ep.host, env));
  result.phases.tls = tls.phase;
  if (!tls.socket) return finish(route.kind === 'direct' ? bogonBlame(result.phases.dns?.addresses ?? [], tls.failure) : tls.failure);

  const http = await httpGet(tls.socket, {
    host: ep.host,
    port: ep.port,
    defaultPort: 443,
    path: ep.path,
    timeoutMs: env.timeouts.httpMs,
    signal: env.signal,
    mono: env.mono,
  });
  result.phases.http = http.phase;
  return finish(http.failure);
}

/**
 * OONI's rule: a bogon answer is the cause only when the connection to it fails or does not
 * verify. When every answered address is a bogon and TCP/TLS failed, blame DNS (phase `dns`),
 * keeping the lower-level code and message as evidence. `tls.intercepted` is kept: the handshake
 * did verify, the problem is who signed it.
 */
export function bogonBlame(addresses: readonly string[], failure: EndpointFailure | null): EndpointFailure | null {
  if (!failure || addresses.length === 0 || failure.cause === 'tls.intercepted') return failure;
  if (!addresses.every(isBogon)) return failure;
  const fake = addresses.some(isFakeIp);
  return {
    phase: 'dns',
    cause: fake ? 'dns.fakeip' : 'dns.bogon',
    code: failure.code,
    message: `DNS answered ${addresses.join(', ')} (${fake ? 'a proxy app’s stand-in address' : 'a private or blocked address'}) and ${failure.phase.toUpperCase()} to it failed: ${failure.message}`,
  };
}
