/**
 * Captive-portal probe, the way macOS does it: a plain GET of captive.apple.com/hotspot-detect.html,
 * redirects NOT followed; a free network answers 200 with Apple's exact "Success" page
 * (revk.uk "Captive portals (apple)"; captive.apple.com is listed in support.apple.com/101555).
 * Direct (no proxy), through the same resolver as the other probes.
 * Never throws.
 */
import type { Duplex } from 'node:stream';
import type { CaptivePortalData, EndpointFailure } from '../../../shared/checks';
import { connectAny } from './connector';
import { bogonBlame } from './endpoint-chain';
import { httpGet } from './http-exchange';
import { type ProbeEnv, tlsOptionsFor } from './probe-env';
import { resolveHost } from './resolver';
import { tlsHandshake } from './tls-handshake';

/** Apple's Success page (compared ignoring case and whitespace). */
export const SUCCESS_PAGE = '<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>';
const norm = (s: string): string => s.replace(/\s+/g, '').toLowerCase();

/** Is `body` Apple's Success page (tolerant of whitespace and case)? */
export function isSuccessPage(body: string | null): boolean {
  return body !== null && norm(body) === norm(SUCCESS_PAGE);
}

/** Text-only excerpt of a page for the report: tags dropped, whitespace collapsed, ≤ 200 chars. */
export function snippetOf(body: string | null): string | null {
  if (!body) return null;
  const text = body
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text ? text.slice(0, 200) : null;
}

/** Probe `url`. The result's `failure` is set only when no HTTP answer was obtained. */
export async function probeCaptive(url: string, env: ProbeEnv): Promise<CaptivePortalData> {
  const data: CaptivePortalData = { url, status: null, location: null, success: false, snippet: null, failure: null };
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { ...data, failure: { phase: 'http', cause: 'probe.failed', code: null, message: `not a URL: ${url}` } };
  }
  const https = u.protocol === 'https:';
  const defaultPort = https ? 443 : 80;
  const port = u.port ? Number(u.port) : defaultPort;
  const host = u.hostname.replace(/^\[(.*)\]$/, '$1');
  const fail = (failure: EndpointFailure | null): CaptivePortalData => ({ ...data, failure });

  const dns = await resolveHost(host, { servers: env.dnsServers, timeoutMs: env.timeouts.dnsMs, signal: env.signal, mono: env.mono, lookup: env.lookup });
  if (dns.failure) return fail(dns.failure);
  const tcp = await connectAny(dns.phase.addresses, port, { timeoutMs: env.timeouts.tcpMs, signal: env.signal, mono: env.mono });
  if (!tcp.socket) return fail(bogonBlame(dns.phase.addresses, tcp.failure));
  let socket: Duplex = tcp.socket;
  if (https) {
    const tls = await tlsHandshake(tcp.socket, tlsOptionsFor(host, env));
    if (!tls.socket) return fail(tls.failure);
    socket = tls.socket;
  }
  const http = await httpGet(socket, {
    host,
    port,
    defaultPort,
    path: `${u.pathname}${u.search}`,
    timeoutMs: env.timeouts.httpMs,
    signal: env.signal,
    mono: env.mono,
    keepBody: true,
  });
  data.status = http.phase.status;
  data.location = http.phase.location;
  if (data.status === null) return fail(http.failure);
  data.success = data.status === 200 && http.complete && isSuccessPage(http.body);
  data.snippet = data.success ? null : snippetOf(http.body);
  return data;
}
