/**
 * Apple System Status: does Apple itself report trouble with sign-in related services?
 *
 * - Ongoing Outage of Apple Account (formerly "Apple ID") or iCloud Account & Sign In → fail
 *   `apple.outage`.
 * - Ongoing Issue/Performance (or an unknown new type) on those, or any ongoing trouble on the
 *   related services (Sign in with Apple, iMessage, FaceTime) → warn `apple.degraded`.
 * - Ongoing or upcoming Maintenance → warn `apple.maintenance` (maintenance is not an outage).
 * - Resolved/completed events are history and ignored.
 * - Unreadable feed (timeout, 5xx, HTML, garbage, too big) → warn `apple.status_unknown`. It is a
 *   warning, not `error`: the check ran fine, it just has no evidence either way, and "Apple OK"
 *   must never be claimed without evidence — but a missing feed is no reason to alarm anyone.
 */
import type { AppleStatusData, AppleStatusEvent } from '../../../shared/checks';
import { probeEnv } from '../probes/probe-env';
import { fetchStatusFeed, type StatusFeedResult } from '../probes/status-feed';
import { eventState, type FeedService, serviceRole, severityOf } from '../probes/status-feed-parse';
import type { CheckDefinition, CheckOutcome } from '../types';
import { type MessageArg, type MessageRef, msg, type Said, say } from './say';

/** The `apple-status` check (registry entry). */
export const appleStatusCheck: CheckDefinition<'apple-status', AppleStatusEvidence> = {
  id: 'apple-status',
  kind: 'network',
  async measure(ctx) {
    const { config, deps } = ctx;
    const env = await probeEnv(ctx);
    const feed: StatusFeedResult = env.ok
      ? await fetchStatusFeed(config.statusFeedUrl, env.env)
      : {
          ok: false,
          url: config.statusFeedUrl,
          reason: 'the extra certificate file could not be read',
          failure: { phase: 'tls', cause: 'probe.failed', code: null, message: env.message },
          httpStatus: null,
          durationMs: 0,
        };
    return { feed, nowMs: deps.clock.now() };
  },
  judge: (e) => judgeAppleStatus(e.feed, e.nowMs),
};

/** What the check saw: the feed (or why it could not be read) and when. */
export interface AppleStatusEvidence {
  feed: StatusFeedResult;
  nowMs: number;
}

/** Decide status, cause and summary from a fetched feed. Pure. */
export function judgeAppleStatus(feed: StatusFeedResult, nowMs: number): CheckOutcome<'apple-status'> {
  if (!feed.ok) {
    return {
      status: 'warn',
      cause: 'apple.status_unknown',
      ...say('checks.apple-status.unreadable', { reason: feedFailure(feed) }),
      data: { url: feed.url, services: [], events: [] },
    };
  }
  const relevant = feed.services.filter((s) => serviceRole(s.name) !== null);
  const data: AppleStatusData = { url: feed.url, services: relevant.map((s) => s.name), events: [] };
  if (!relevant.some((s) => serviceRole(s.name) === 'core')) {
    return {
      status: 'warn',
      cause: 'apple.status_unknown',
      ...say('checks.apple-status.no_core'),
      data,
    };
  }

  const outages: AppleStatusEvent[] = [];
  const degraded: AppleStatusEvent[] = [];
  const maintenance: AppleStatusEvent[] = [];
  for (const s of relevant) {
    for (const ev of relevantEvents(s, nowMs)) {
      data.events.push(ev);
      const sev = severityOf(ev.statusType);
      if (sev === 'maintenance') maintenance.push(ev);
      else if (!ev.ongoing)
        continue; // upcoming non-maintenance: not happening yet
      else if (sev === 'outage' && serviceRole(s.name) === 'core') outages.push(ev);
      else degraded.push(ev);
    }
  }

  if (outages.length > 0) {
    return { status: 'fail', cause: 'apple.outage', ...describe('checks.apple-status.outage', outages), data };
  }
  if (degraded.length > 0) {
    return { status: 'warn', cause: 'apple.degraded', ...describe('checks.apple-status.degraded', degraded), data };
  }
  if (maintenance.length > 0) {
    const now = maintenance.some((m) => m.ongoing);
    return {
      status: 'warn',
      cause: 'apple.maintenance',
      ...describe(now ? 'checks.apple-status.maintenance' : 'checks.apple-status.upcoming', maintenance),
      data,
    };
  }
  return {
    status: 'pass',
    cause: null,
    ...say('checks.apple-status.ok', { names: listNames(relevant.map((s) => s.name)) }),
    data,
  };
}

/** Ongoing and upcoming events of one service, as evidence records (history is dropped). */
function relevantEvents(s: FeedService, nowMs: number): AppleStatusEvent[] {
  const out: AppleStatusEvent[] = [];
  for (const e of s.events) {
    const state = eventState(e, nowMs);
    if (state === 'over' || severityOf(e.statusType) === 'available') continue;
    out.push({
      service: s.name,
      statusType: e.statusType,
      // When the feed omits eventStatus, record the state derived from the dates.
      eventStatus: e.eventStatus ?? state,
      ongoing: state === 'ongoing',
      message: e.message,
      usersAffected: e.usersAffected,
      startedAt: iso(e.start),
      endedAt: iso(e.end),
    });
  }
  return out;
}

type EventKey = 'checks.apple-status.outage' | 'checks.apple-status.degraded' | 'checks.apple-status.maintenance' | 'checks.apple-status.upcoming';

function describe(key: EventKey, events: AppleStatusEvent[]): Said {
  const first = events[0]!;
  // Apple's own message (English, from the US feed) is quoted as it is.
  const detail = first.message ? msg('checks.apple-status.message', { message: clip(first.message, 140) }) : null;
  return say(key, { names: listNames([...new Set(events.map((e) => e.service))]) }, [detail]);
}

/** Apple's service names (as the feed spells them), joined the reader's way. */
function listNames(names: string[]): MessageArg {
  return { list: names, type: 'conjunction' };
}

/** Why the feed could not be read, in plain words (by the failure's cause; codes stay as they are). */
export function feedFailure(feed: Extract<StatusFeedResult, { ok: false }>): MessageRef {
  const f = feed.failure;
  if (f.code === 'TOO_LARGE') return msg('checks.apple-status.reason.too_large');
  if (f.code === 'FEED_UNPARSEABLE') return msg('checks.apple-status.reason.not_feed', { detail: f.message });
  if (f.cause === 'http.truncated') return msg('checks.apple-status.reason.cut_off');
  if (f.cause.endsWith('.timeout')) return msg('checks.apple-status.reason.timeout');
  if (feed.httpStatus !== null && feed.httpStatus !== 200 && (f.phase === 'http' || f.cause === 'http.server_error'))
    return msg('checks.apple-status.reason.http_status', { status: String(feed.httpStatus) });
  switch (f.cause) {
    case 'tcp.refused':
      return msg('checks.apple-status.reason.refused');
    case 'dns.nxdomain':
    case 'dns.nodata':
    case 'dns.servfail':
    case 'dns.refused':
    case 'dns.bogon':
    case 'dns.fakeip':
      return msg('checks.apple-status.reason.not_found');
    case 'proxy.auth_required':
      return msg('checks.apple-status.reason.proxy_auth');
    case 'proxy.bad_gateway':
      return msg('checks.apple-status.reason.proxy_refused', { code: f.code ?? 'error' });
    case 'proxy.down':
      return msg('checks.apple-status.reason.proxy_down');
    default:
      return f.phase === 'tls'
        ? msg('checks.apple-status.reason.certificate', { code: f.code ?? f.cause })
        : msg('checks.apple-status.reason.connection', { code: f.code ?? f.cause });
  }
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`;
}

function iso(ms: number | null): string | null {
  if (ms === null) return null;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
