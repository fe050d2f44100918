/**
 * Pure parser for Apple's System Status feed (shape as decoded by insidegui/StatusBuddy and
 * inket/stts `stts/Services/Super/AppleStore.swift`). Tolerant of what
 * the feed has been seen to be — bare JSON or a `jsonCallback(…);` JSONP wrapper, a BOM, HTML
 * entities in names, `eventStatus` missing (2025+ notes) or open-ended ("Ongoing Issue") — and
 * strict about what it is not: anything that is not an object with a `services` array is a parse
 * failure, so an HTML error page or garbage can never read as "Apple OK". Never throws.
 */

/** Event life cycle, from `eventStatus` or, when absent/unknown, from the epoch dates. */
export type EventState = 'ongoing' | 'upcoming' | 'over';

export interface FeedEvent {
  statusType: string;
  /** The feed's `eventStatus`, lower-cased, or null when absent. */
  eventStatus: string | null;
  message: string;
  usersAffected: string | null;
  /** Epoch ms, or null. */
  start: number | null;
  end: number | null;
}

export interface FeedService {
  /** Service name with HTML entities decoded. */
  name: string;
  events: FeedEvent[];
}

export type FeedParse = { ok: true; services: FeedService[] } | { ok: false; reason: string };

const JSONP = /^[A-Za-z_$][\w$.]*\s*\(([\s\S]*)\)\s*;?$/;

/** Parse a feed body. */
export function parseStatusFeed(text: string): FeedParse {
  if (typeof text !== 'string') return { ok: false, reason: 'not text' };
  let body = text.replace(/^\uFEFF/, '').trim();
  const wrapped = JSONP.exec(body);
  if (wrapped) body = wrapped[1]!.trim();
  if (!body.startsWith('{')) return { ok: false, reason: body.startsWith('<') ? 'an HTML page, not the feed' : 'not JSON' };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'malformed JSON' };
  }
  const services = (json as { services?: unknown }).services;
  if (!Array.isArray(services)) return { ok: false, reason: 'no services list' };
  const out: FeedService[] = [];
  for (const s of services) {
    if (!s || typeof s !== 'object') continue;
    const name = (s as { serviceName?: unknown }).serviceName;
    if (typeof name !== 'string' || !name.trim()) continue;
    const events = (s as { events?: unknown }).events;
    out.push({ name: decodeEntities(name).trim(), events: Array.isArray(events) ? events.map(parseEvent).filter((e) => e !== null) : [] });
  }
  if (services.length > 0 && out.length === 0) return { ok: false, reason: 'no readable service' };
  return { ok: true, services: out };
}

function parseEvent(e: unknown): FeedEvent | null {
  if (!e || typeof e !== 'object') return null;
  const r = e as Record<string, unknown>;
  return {
    statusType: typeof r.statusType === 'string' && r.statusType.trim() ? r.statusType.trim() : 'Unknown',
    eventStatus: typeof r.eventStatus === 'string' && r.eventStatus.trim() ? r.eventStatus.trim().toLowerCase() : null,
    message: typeof r.message === 'string' ? decodeEntities(r.message).trim() : '',
    usersAffected: typeof r.usersAffected === 'string' ? decodeEntities(r.usersAffected).trim() : null,
    start: epoch(r.epochStartDate),
    end: epoch(r.epochEndDate),
  };
}

function epoch(v: unknown): number | null {
  const n = typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : null;
}

/**
 * Where an event is in its life. `eventStatus` wins when it says something we know (substring
 * match: "Ongoing Issue" has been seen); otherwise the dates decide: a start in the future is
 * upcoming, a missing or future end is ongoing (a third-party project note, repository unknown:
 * events are live when `epochEndDate` is null or in the future).
 */
export function eventState(e: FeedEvent, nowMs: number): EventState {
  const s = e.eventStatus ?? '';
  if (s.includes('resolved') || s.includes('completed')) return 'over';
  if (s.includes('ongoing')) return 'ongoing';
  if (s.includes('upcoming') || s.includes('scheduled')) return 'upcoming';
  if (e.start !== null && e.start > nowMs) return 'upcoming';
  if (e.end === null || e.end > nowMs) return 'ongoing';
  return 'over';
}

/** Severity class of a statusType; unknown types are minor (forward compatible; our choice, inket/stts maps Issue and Performance to minor). */
export function severityOf(statusType: string): 'available' | 'outage' | 'minor' | 'maintenance' {
  const t = statusType.toLowerCase();
  if (t === 'available' || t === 'resolved') return 'available';
  if (t === 'outage') return 'outage';
  if (t === 'maintenance') return 'maintenance';
  return 'minor'; // Issue, Performance, and anything new
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘' };

/** Decode the HTML entities Apple's feed uses in names and messages (named and numeric). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z]{2,8});/g, (all, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : all;
    }
    return NAMED[ref.toLowerCase()] ?? all;
  });
}

/** Sign-in services whose outage means Apple Account sign-in itself is down. */
const CORE = ['apple account', 'apple id', 'icloud account & sign in'];
/** Related services: trouble there is worth a warning, not a red light. */
const RELATED = ['sign in with apple', 'imessage', 'facetime'];

/** Normalise a service name for matching: case, spacing, "and" vs "&". Exact match afterwards. */
function norm(name: string): string {
  return decodeEntities(name).toLowerCase().replace(/\s+/g, ' ').replace(/ and /g, ' & ').trim();
}

/** Is this service one we report on, and is it a core sign-in service? */
export function serviceRole(name: string): 'core' | 'related' | null {
  const n = norm(name);
  if (CORE.includes(n)) return 'core';
  if (RELATED.includes(n)) return 'related';
  return null;
}
