/**
 * Log records → the events the apple-log check reports: only lines from the sign-in, push and
 * trust daemons, only inside the recency window, one event per distinct (process, code) with its
 * latest time and how often it repeated (akd retries every couple of seconds), and success
 * markers that clear earlier errors of their kind. Pure apart from its own state.
 */
import { codeLabel, interpretMessage } from '../../../../shared/apple-codes/extract';
import { redactLogMessage } from '../../../../shared/apple-codes/redact-log';
import type { AppleLogEvent, AppleLogSuccess } from '../../../../shared/checks';
import { APPLE_LOG_PROCESSES } from '../unified-log-query';
import type { LogRecord } from './unified-log';

/** Most distinct events kept (the oldest are dropped beyond this). */
export const MAX_EVENTS = 100;
/** A record stamped this far in the future is still accepted (clock jitter between log and us). */
const FUTURE_SLACK_MS = 60_000;

/** An event as collected (count and firstAt are kept up to date while reading). */
export type CollectedEvent = AppleLogEvent;

export interface CollectorResult {
  events: CollectedEvent[];
  successes: AppleLogSuccess[];
  cleared: number;
  /** Records outside the window (older, or in the future beyond slack). */
  outsideWindow: number;
  /** Distinct events dropped beyond MAX_EVENTS. */
  dropped: number;
}

/** Which earlier events a success marker clears: apsd's BAA certificate errors. */
function clears(success: AppleLogSuccess, e: CollectedEvent): boolean {
  return e.process === success.process && e.family === 'device' && Date.parse(e.at) <= Date.parse(success.at);
}

/** Collects events from records in arrival order (log show prints oldest first, but order is not assumed). */
export class AppleLogCollector {
  private readonly byKey = new Map<string, CollectedEvent>();
  private readonly successes: AppleLogSuccess[] = [];
  private outside = 0;
  private dropped = 0;

  constructor(private readonly window: { now: number; windowMs: number }) {}

  /** Read one record. */
  add(r: LogRecord): void {
    if (!APPLE_LOG_PROCESSES.has(r.process)) return;
    if (r.at < this.window.now - this.window.windowMs || r.at > this.window.now + FUTURE_SLACK_MS) {
      this.outside += 1;
      return;
    }
    const meaning = interpretMessage(r.message);
    const at = new Date(r.at).toISOString();
    if (meaning.success) this.successes.push({ at, process: r.process, marker: meaning.success });
    const p = meaning.primary;
    if (!p) return;
    const key = `${r.process}|${p.domain}|${p.code}|${p.entry?.name ?? ''}`;
    const prev = this.byKey.get(key);
    if (prev) {
      prev.count += 1;
      if (r.at >= Date.parse(prev.at)) {
        prev.at = at;
        prev.message = redactLogMessage(r.message);
      } else if (r.at < Date.parse(prev.firstAt)) prev.firstAt = at;
      return;
    }
    if (this.byKey.size >= MAX_EVENTS) {
      this.dropOldest();
    }
    this.byKey.set(key, {
      at,
      firstAt: at,
      count: 1,
      process: r.process,
      subsystem: r.subsystem,
      domain: p.domain,
      code: p.code,
      name: p.entry?.name ?? null,
      meaning: p.entry?.meaning ?? null,
      family: p.entry?.family ?? 'info',
      cause: p.entry?.cause ?? null,
      message: redactLogMessage(r.message),
      codes: meaning.all.map(codeLabel),
    });
  }

  private dropOldest(): void {
    let oldest: [string, CollectedEvent] | null = null;
    for (const entry of this.byKey) if (!oldest || Date.parse(entry[1].at) < Date.parse(oldest[1].at)) oldest = entry;
    if (oldest) this.byKey.delete(oldest[0]);
    this.dropped += 1;
  }

  /** The standing events (oldest first), with cleared ones removed. */
  result(): CollectorResult {
    let cleared = 0;
    const events: CollectedEvent[] = [];
    for (const e of this.byKey.values()) {
      if (this.successes.some((s) => clears(s, e))) cleared += 1;
      else events.push(e);
    }
    events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    return { events, successes: this.successes.slice(-20), cleared, outsideWindow: this.outside, dropped: this.dropped };
  }
}
