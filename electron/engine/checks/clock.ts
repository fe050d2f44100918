/**
 * Clock accuracy: SNTP against `config.ntpServers` (in parallel, minimum-delay sample wins), with
 * the HTTPS `Date` header as a fallback when UDP 123 gets nothing at all.
 *
 * Never call a skew smaller than the measurement's error bound: a sample says the true offset lies
 * in [offset − bound, offset + bound], so only |offset| − bound is proven (RFC 1305 Appendix H: one
 * exchange errs by at most δ/2; fault N4 in tests/engine/checks/clock/sntp.test.ts).
 */
import type { ClockData } from '../../../shared/checks';
import type { Config } from '../../../shared/config';
import { EN } from '../../../shared/i18n';
import { formatDuration } from '../../../shared/presentation';
import { probeEnv } from '../probes/probe-env';
import { measureClock, type SntpAttempt, type SntpSample } from '../probes/sntp';
import { httpDateFallbackAllowed, httpDateSample, httpDateUrl } from '../probes/sntp-http-date';
import type { CheckContext, CheckDefinition, CheckOutcome } from '../types';

/** Outcomes that mean a server genuinely answered (so UDP 123 is not what is blocked). */
const GENUINE_REPLY = /^NTP_(KOD|UNSYNCHRONIZED|BAD_MODE|BAD_VERSION|BAD_STRATUM|ZERO_XMT|BAD_ROOT_DISTANCE)$/;

/** Where the winning sample came from. */
export interface ClockEvidence {
  sample: SntpSample | null;
  source: ClockData['source'];
  attempts: ClockData['attempts'];
  /** Kiss codes by server, for the summary. */
  kisses: Map<string, string>;
}

/** The `clock` check (registry entry). */
export const clockCheck: CheckDefinition<'clock', ClockEvidence> = {
  id: 'clock',
  kind: 'network',
  measure: (ctx) => gatherClockEvidence(ctx),
  judge: (evidence, config) => judgeClock(evidence, config),
};

/** Run the probes (SNTP, then the optional HTTP-date fallback). Never rejects. */
export async function gatherClockEvidence(ctx: CheckContext): Promise<ClockEvidence> {
  const { config, deps, signal } = ctx;
  // NTP names resolve through `dnsServers` when configured, like every other lookup of the run.
  const m = await measureClock(config.ntpServers, { timeoutMs: config.timeouts.ntpMs, clock: deps.clock, signal, dnsServers: config.dnsServers });
  const attempts = m.attempts.map(toAttempt);
  const kisses = new Map(m.attempts.filter((a) => a.kiss).map((a) => [a.server, a.kiss!]));
  if (m.best) return { sample: m.best, source: 'sntp', attempts, kisses };

  const udpGotNothing = m.attempts.every((a) => !GENUINE_REPLY.test(a.outcome));
  if (udpGotNothing && !signal.aborted && httpDateFallbackAllowed(config)) {
    const env = await probeEnv(ctx);
    const h = env.ok
      ? await httpDateSample(config, env.env, deps.clock)
      : { server: httpDateUrl(config) ?? '(none)', outcome: 'EXTRA_CA_UNREADABLE', sample: null };
    attempts.push({ server: h.server, outcome: h.outcome, offsetMs: round(h.sample?.offsetMs), delayMs: round(h.sample?.delayMs) });
    if (h.sample) return { sample: h.sample, source: 'http-date', attempts, kisses };
  }
  return { sample: null, source: null, attempts, kisses };
}

/** Decide status, cause and summary from the evidence. Pure. */
export function judgeClock(ev: ClockEvidence, config: Pick<Config, 'clock'>): CheckOutcome<'clock'> {
  const s = ev.sample;
  const data: ClockData = {
    offsetMs: round(s?.offsetMs),
    errorBoundMs: round(s?.errorBoundMs),
    server: s ? displayServer(s.server) : null,
    stratum: s && ev.source === 'sntp' ? s.stratum : null,
    delayMs: round(s?.delayMs),
    attempts: ev.attempts,
    source: ev.source,
  };
  if (!s) {
    return { status: 'warn', cause: 'clock.unverifiable', summary: unverifiableSummary(ev), data };
  }
  const abs = Math.abs(s.offsetMs);
  const proven = abs - s.errorBoundMs; // the skew the evidence proves, at least
  const bound = `±${formatDuration(s.errorBoundMs, EN)}`;
  const where = ev.source === 'http-date' ? `from the web clock of ${urlHost(s.server)}` : `from ${displayServer(s.server)}`;
  const skewed = `This Mac’s clock is ${formatDuration(abs, EN)} ${s.offsetMs > 0 ? 'behind' : 'ahead'} (${bound})`;
  if (proven >= config.clock.failMs) return { status: 'fail', cause: 'clock.skew', summary: `${skewed}.`, data };
  if (proven >= config.clock.warnMs) return { status: 'warn', cause: 'clock.skew', summary: `${skewed}.`, data };
  if (s.errorBoundMs >= config.clock.warnMs) {
    // The measurement is too coarse to rule out a skew that matters: say so rather than "OK".
    return {
      status: 'warn',
      cause: 'clock.unverifiable',
      summary: `This Mac’s clock could not be checked precisely enough (${bound} ${where}).`,
      data,
    };
  }
  if (abs <= s.errorBoundMs) {
    return { status: 'pass', cause: null, summary: `This Mac’s clock is right (within ${bound}, ${where}).`, data };
  }
  return { status: 'pass', cause: null, summary: `${skewed}, close enough to the right time.`, data };
}

function unverifiableSummary(ev: ClockEvidence): string {
  const ntp = ev.attempts.filter((a) => !/^https?:/.test(a.server));
  if (ntp.length > 0 && ntp.every((a) => a.outcome === 'ABORTED')) return 'The time check was cut short before any time server answered.';
  const reasons = ntp.map((a) => `${displayServer(a.server)} ${describeOutcome(a.outcome, ev.kisses.get(a.server))}`);
  const http = ev.attempts.find((a) => /^https?:/.test(a.server));
  const tail = http ? ' The web fallback did not give the time either.' : '';
  return `Could not check this Mac’s clock: ${reasons.join('; ') || 'no time server is configured'}.${tail}`;
}

/** Plain words for an attempt outcome. */
export function describeOutcome(outcome: string, kiss?: string): string {
  switch (outcome) {
    case 'NTP_TIMEOUT':
      return 'did not answer (UDP port 123 may be blocked on this network)';
    case 'ECONNREFUSED':
      return 'refused the request';
    case 'NTP_KOD':
      return kiss === 'DENY' || kiss === 'RSTR'
        ? `refused to serve this Mac (kiss-o’-death ${kiss})`
        : `asked this Mac to slow down (kiss-o’-death ${kiss ?? 'RATE'})`;
    case 'NTP_UNSYNCHRONIZED':
      return 'is not synchronised itself';
    case 'NTP_BOGUS_ORIGIN':
      return 'sent a reply that does not match the request (ignored)';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'could not be found (DNS)';
    case 'DNS_TIMEOUT':
      return 'could not be found: DNS gave no answer in time';
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return 'cannot be reached from this network';
    case 'ABORTED':
      return 'was not asked in time';
    default:
      return outcome.startsWith('NTP_') ? `sent an invalid reply (${outcome})` : `could not be asked (${outcome})`;
  }
}

function toAttempt(a: SntpAttempt): ClockData['attempts'][number] {
  return { server: a.server, outcome: a.outcome, offsetMs: round(a.sample?.offsetMs), delayMs: round(a.sample?.delayMs) };
}

/** "time.apple.com:123" → "time.apple.com"; other ports and URLs are kept. */
function displayServer(server: string): string {
  return server.endsWith(':123') ? server.slice(0, -4) : server;
}

function urlHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function round(v: number | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? Math.round(v * 1000) / 1000 : null;
}
