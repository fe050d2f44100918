/**
 * How what Apple's software logged relates to what the live checks measured — the one rule the
 * verdict, the popover, the CLI and the support report share:
 *
 * - an account/device error with a cause that no live check explains is `primary` (it decides
 *   the light: amber, red for a locked account or a Mac Apple refuses);
 * - one a live finding explains (no push token while push is blocked) is `explained`;
 * - a network error the live checks reproduce `corroborates` their cause (a certificate-date
 *   error with a measured clock skew corroborates the skew);
 * - a network error they do not reproduce is `history`: it happened, it does not happen now;
 * - everything else is `info`.
 * Pure.
 */
import { explains } from '../cause-info';
import type { Cause } from '../causes';
import type { AppleLogData, AppleLogEvent, EndpointResult } from '../checks';
import type { CheckResult, Light } from '../report';

export type EventRelation = 'primary' | 'explained' | 'corroborates' | 'history' | 'info';

export interface RelatedEvent {
  event: AppleLogEvent;
  relation: EventRelation;
  /** The live cause that explains it or that it corroborates. */
  liveCause: Cause | null;
}

/** Account/device causes that make sign-in fail outright: red. The others are amber. */
export const RED_AUTH_CAUSES: ReadonlySet<Cause> = new Set<Cause>(['auth.locked', 'auth.attestation_failed']);

/** Causes the live checks found (warn/fail), sign-in endpoint failures included; apple-log excluded. */
export function liveCauses(checks: readonly CheckResult[]): Set<Cause> {
  const out = new Set<Cause>();
  for (const c of checks) {
    if (c.id === 'apple-log') continue;
    if (c.cause && (c.status === 'warn' || c.status === 'fail')) out.add(c.cause);
    if (c.id === 'signin-endpoints') {
      for (const e of (c.data.endpoints as EndpointResult[] | undefined) ?? []) if (e?.failure?.cause) out.add(e.failure.cause);
    }
  }
  return out;
}

/** The apple-log data of a report, if the check ran and read something. */
export function appleLogData(checks: readonly CheckResult[]): Partial<AppleLogData> | null {
  const c = checks.find((x) => x.id === 'apple-log');
  if (!c || c.status === 'skip' || !Array.isArray(c.data.events)) return null;
  return c.data as Partial<AppleLogData>;
}

/** Relate every logged event to the live findings. */
export function relateAppleLog(checks: readonly CheckResult[]): RelatedEvent[] {
  const data = appleLogData(checks);
  if (!data?.events) return [];
  const live = liveCauses(checks);
  return data.events.map((event) => relateOne(event, live));
}

function relateOne(event: AppleLogEvent, live: ReadonlySet<Cause>): RelatedEvent {
  const cause = event.cause;
  if (!cause || event.family === 'info') return { event, relation: 'info', liveCause: null };
  if (event.family === 'account' || event.family === 'device') {
    // Which live finding explains it: one table (`CauseTraits.explains`, shared/cause-info.ts).
    const by = [...live].find((c) => explains(c, cause));
    return by ? { event, relation: 'explained', liveCause: by } : { event, relation: 'primary', liveCause: null };
  }
  if (live.has(cause)) return { event, relation: 'corroborates', liveCause: cause };
  if (explains('clock.skew', cause) && live.has('clock.skew')) return { event, relation: 'corroborates', liveCause: 'clock.skew' };
  return { event, relation: 'history', liveCause: null };
}

/** The decision from the log: the primary cause and its light, or null when the log decides nothing. */
export interface LogDecision {
  light: Exclude<Light, 'green'>;
  cause: Cause;
  event: AppleLogEvent;
}

/** Red-class first, then the most recent. */
export function decideFromLog(related: readonly RelatedEvent[]): LogDecision | null {
  const primaries = related.filter((r) => r.relation === 'primary' && r.event.cause);
  if (primaries.length === 0) return null;
  const best = [...primaries].sort(
    (a, b) => Number(RED_AUTH_CAUSES.has(b.event.cause!)) - Number(RED_AUTH_CAUSES.has(a.event.cause!)) || Date.parse(b.event.at) - Date.parse(a.event.at),
  )[0]!;
  const cause = best.event.cause!;
  return { light: RED_AUTH_CAUSES.has(cause) ? 'red' : 'amber', cause, event: best.event };
}

/** "AKAuthenticationError -7035 (AKAppleIDAuthenticationErrorNoCodeReceived)". */
export function eventCodeText(e: AppleLogEvent): string {
  const code = e.code === null ? e.domain : `${e.domain} ${e.code}`;
  return e.name && e.code !== null ? `${code} (${e.name})` : e.name ? `${e.domain}: ${e.name}` : code;
}

/** "14:02" in the viewer's local time (or UTC when asked), for sentences. */
export function eventTime(e: AppleLogEvent, utc = false): string {
  const d = new Date(e.at);
  if (Number.isNaN(d.getTime())) return e.at;
  const pad = (n: number) => String(n).padStart(2, '0');
  return utc ? `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC` : `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** One sentence about an event and what it means now. */
export function relationSentence(r: RelatedEvent): string {
  const e = r.event;
  const what = `At ${eventTime(e)} ${e.process} reported ${eventCodeText(e)}${e.meaning ? `: ${lowerFirst(e.meaning)}` : '.'}`;
  switch (r.relation) {
    case 'primary':
      return `${what} No network check explains it.`;
    case 'explained':
      return `${what} Explained by what the checks found now (${r.liveCause}).`;
    case 'corroborates':
      return `${what} The live checks see the same problem now.`;
    case 'history':
      return `${what} It works now.`;
    default:
      return what;
  }
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) && !/^(Apple|AuthKit|TLS|DNS|Anisette)\b/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
