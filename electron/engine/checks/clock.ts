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
import { type MessageRef, msg, type Said, say } from './say';

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
    return { status: 'warn', cause: 'clock.unverifiable', ...unverifiableSummary(ev), data };
  }
  const abs = Math.abs(s.offsetMs);
  const proven = abs - s.errorBoundMs; // the skew the evidence proves, at least
  const bound = `±${formatDuration(s.errorBoundMs, EN)}`;
  const where =
    ev.source === 'http-date'
      ? msg('checks.clock.from_web', { host: urlHost(s.server) })
      : msg('checks.clock.from_server', { server: displayServer(s.server) });
  const skew = { offset: formatDuration(abs, EN), direction: s.offsetMs > 0 ? 'behind' : 'ahead', bound };
  if (proven >= config.clock.failMs) return { status: 'fail', cause: 'clock.skew', ...say('checks.clock.skew', skew), data };
  if (proven >= config.clock.warnMs) return { status: 'warn', cause: 'clock.skew', ...say('checks.clock.skew', skew), data };
  if (s.errorBoundMs >= config.clock.warnMs) {
    // The measurement is too coarse to rule out a skew that matters: say so rather than "OK".
    return {
      status: 'warn',
      cause: 'clock.unverifiable',
      ...say('checks.clock.imprecise', { bound, where }),
      data,
    };
  }
  if (abs <= s.errorBoundMs) {
    return { status: 'pass', cause: null, ...say('checks.clock.right', { bound, where }), data };
  }
  return { status: 'pass', cause: null, ...say('checks.clock.skew_ok', skew), data };
}

function unverifiableSummary(ev: ClockEvidence): Said {
  const ntp = ev.attempts.filter((a) => !/^https?:/.test(a.server));
  if (ntp.length > 0 && ntp.every((a) => a.outcome === 'ABORTED')) return say('checks.clock.cut_short');
  const reasons = ntp.map((a) => describeOutcome(displayServer(a.server), a.outcome, ev.kisses.get(a.server)));
  const http = ev.attempts.find((a) => /^https?:/.test(a.server));
  return say('checks.clock.unverifiable', { reasons: reasons.length ? { list: reasons, type: 'separate' } : msg('checks.clock.no_server') }, [
    http ? msg('checks.clock.web_failed_too') : null,
  ]);
}

/** Plain words for what one time server did (`server` and codes stay as they are). */
export function describeOutcome(server: string, outcome: string, kiss?: string): MessageRef {
  switch (outcome) {
    case 'NTP_TIMEOUT':
      return msg('checks.clock.outcome.timeout', { server });
    case 'ECONNREFUSED':
      return msg('checks.clock.outcome.refused', { server });
    case 'NTP_KOD':
      return kiss === 'DENY' || kiss === 'RSTR'
        ? msg('checks.clock.outcome.kod_deny', { server, kiss })
        : msg('checks.clock.outcome.kod_rate', { server, kiss: kiss ?? 'RATE' });
    case 'NTP_UNSYNCHRONIZED':
      return msg('checks.clock.outcome.unsynchronized', { server });
    case 'NTP_BOGUS_ORIGIN':
      return msg('checks.clock.outcome.bogus_origin', { server });
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return msg('checks.clock.outcome.not_found', { server });
    case 'DNS_TIMEOUT':
      return msg('checks.clock.outcome.dns_timeout', { server });
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return msg('checks.clock.outcome.unreachable', { server });
    case 'ABORTED':
      return msg('checks.clock.outcome.aborted', { server });
    default:
      return outcome.startsWith('NTP_')
        ? msg('checks.clock.outcome.invalid', { server, code: outcome })
        : msg('checks.clock.outcome.other', { server, code: outcome });
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
