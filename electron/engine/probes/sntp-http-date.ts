/**
 * Fallback clock evidence when UDP 123 gets nothing (blocked on many corporate networks): the
 * `Date` header of one HTTPS HEAD to the first configured sign-in endpoint (an Apple host, TLS
 * verified with SNI). HTTP-date has whole-second resolution (RFC 9110 §5.6.7), so the bound is
 * ≥ 1 s + delay/2 — coarse, but the clock thresholds are ≥ 10 s (`clock.warnMs` in shared/config.ts).
 *
 * Limitation: a clock so wrong that certificates look expired fails TLS verification here too;
 * the engine's verdict already explains that case from the endpoints' certificate evidence.
 */
import { isIP } from 'node:net';
import type { Config } from '../../../shared/config';
import type { Clock } from '../seams';
import { chooseRoute } from './endpoint-chain';
import type { ProbeEnv } from './probe-env';
import type { SntpSample } from './sntp';
import { fetchUrl } from './url-fetch';

export interface HttpDateResult {
  /** Label for the attempt list (the URL asked). */
  server: string;
  /** 'ok', HTTP_NO_DATE, or the exchange's error code (else its cause, e.g. `tcp.refused`). */
  outcome: string;
  sample: SntpSample | null;
}

/** The URL the fallback asks, or null when there is no endpoint. */
export function httpDateUrl(config: Config): string | null {
  const e = config.endpoints[0];
  if (!e) return null;
  const host = isIP(e.host) === 6 ? `[${e.host}]` : e.host;
  return `https://${host}${e.port === 443 ? '' : `:${e.port}`}${e.path}`;
}

/**
 * Safety valve: never let a configuration that redirected NTP to this machine (a test or a
 * simulated network) send the fallback to a real host through the system resolver.
 */
export function httpDateFallbackAllowed(config: Config): boolean {
  const e = config.endpoints[0];
  if (!e) return false;
  const local = (h: string) => h === 'localhost' || /^127\./.test(h) || h === '::1' || h === '[::1]';
  const ntpLocal = config.ntpServers.some((s) => local(s.slice(0, s.lastIndexOf(':'))));
  return !ntpLocal || local(e.host) || config.dnsServers.length > 0;
}

/**
 * Measure the clock from one HTTPS `Date` header, through the probes' network layer (the run's
 * resolver, route and trust store). Never rejects.
 */
export async function httpDateSample(config: Config, env: ProbeEnv, clock: Clock): Promise<HttpDateResult> {
  const url = httpDateUrl(config);
  if (!url) return { server: '(none)', outcome: 'NO_ENDPOINT', sample: null };
  const { route } = await chooseRoute(url, env);
  const wall0 = clock.now();
  const mono0 = clock.mono();
  const res = await fetchUrl(url, env, { method: 'HEAD', route, capBytes: 64 * 1024, judgeIssuer: false });
  if (res.status === null || res.headersMono === null) return { server: url, outcome: res.failure?.code ?? res.failure?.cause ?? 'HTTP_NO_DATE', sample: null };
  const date = parseHttpDate(res.phases.http?.date ?? undefined);
  if (date === null) return { server: url, outcome: 'HTTP_NO_DATE', sample: null };
  // T1 = when the connection was up (the server cannot have stamped the Date earlier), T4 = headers in.
  const t1 = wall0 + ((res.connectedMono ?? mono0) - mono0);
  const t4 = wall0 + (res.headersMono - mono0);
  return { server: url, outcome: 'ok', sample: { server: url, ...dateMath(date, t1, t4), stratum: 0, leap: 0 } };
}

/**
 * The server stamped a time in [date, date + 1 s) somewhere between T1 and T4 (local clock), so
 * the offset lies in [date − T4, date + 1000 − T1]: take the middle; bound 1 s + δ/2 (the extra
 * half second covers servers that round rather than truncate).
 */
export function dateMath(dateMs: number, t1: number, t4: number): { offsetMs: number; delayMs: number; errorBoundMs: number } {
  const delayMs = Math.max(0, t4 - t1);
  return { offsetMs: dateMs + 500 - (t1 + t4) / 2, delayMs, errorBoundMs: 1000 + delayMs / 2 };
}

/** Parse an IMF-fixdate / RFC 850 / asctime Date header to ms, or null. Never throws. */
export function parseHttpDate(value: string | string[] | undefined): number | null {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v || v.length > 64 || !/\d{4}|\d{2}-\w{3}-\d{2}/.test(v)) return null;
  const ms = Date.parse(v);
  return Number.isFinite(ms) ? ms : null;
}
