/**
 * One line of `log show --style ndjson` → a log record, the closing trailer, or nothing.
 *
 * Field names as `log show --style json` prints them (one real event:
 * https://github.com/RyanWatson425/logging-dashboard `backend/main.go`): `timestamp`
 * ("2026-05-07 19:48:34.701580-0500"), `processImagePath` (with `\/` escapes in ndjson — plain JSON),
 * `subsystem`, `category`, `messageType` (Default/Info/Debug/Error/Fault), `eventMessage`. There is
 * no process-name field: tools take the basename of processImagePath. `log stream` starts with a
 * non-JSON banner ("Filtering the log data using …") and `log show` ends with a
 * `{"count":N,"finished":1}` object; both are recognised, neither is a record. Redacted arguments
 * print as `<private>` and stay as they are. Pure; never throws.
 */

/** A unified-log record, reduced to what the apple-log check reads. */
export interface LogRecord {
  /** Epoch ms. */
  at: number;
  process: string;
  subsystem: string | null;
  category: string | null;
  messageType: string | null;
  message: string;
}

/** What one line is. */
export type LogLine = { kind: 'record'; record: LogRecord } | { kind: 'trailer'; count: number | null } | { kind: 'banner' } | { kind: 'unreadable' };

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([+-])(\d{2}):?(\d{2})|Z)$/;

/** "2026-08-27 22:19:30.831980+0800" → epoch ms, or null when it is not that shape or not a real date. */
export function parseLogTimestamp(s: string): number | null {
  const m = TIMESTAMP.exec(s);
  if (!m) return null;
  const [y, mo, d, h, mi, se] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 60) return null;
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  const utc = Date.UTC(y, mo - 1, d, h, mi, se, ms);
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCDate() !== d) return null; // 31 February
  if (!m[8]) return utc;
  const offsetMin = (Number(m[9]) * 60 + Number(m[10])) * (m[8] === '-' ? -1 : 1);
  if (Number(m[9]) > 14 || Number(m[10]) > 59) return null;
  return utc - offsetMin * 60_000;
}

/** Basename of a path ("\/System\/Library\/…\/akd" has been unescaped by JSON.parse already). */
export function processName(imagePath: string): string {
  const base = imagePath.slice(imagePath.lastIndexOf('/') + 1);
  return base.trim();
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/** Classify and parse one line. */
export function parseLogLine(line: string): LogLine {
  const text = line.trim();
  if (text === '') return { kind: 'unreadable' };
  if (!text.startsWith('{')) return /^Filtering the log data/.test(text) ? { kind: 'banner' } : { kind: 'unreadable' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'unreadable' };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { kind: 'unreadable' };
  const o = value as Record<string, unknown>;
  if (o.finished !== undefined && o.eventMessage === undefined) return { kind: 'trailer', count: typeof o.count === 'number' ? o.count : null };
  const message = typeof o.eventMessage === 'string' ? o.eventMessage : null;
  const ts = str(o.timestamp);
  const at = ts ? parseLogTimestamp(ts) : null;
  const image = str(o.processImagePath);
  const proc = image ? processName(image) : str(o.process);
  if (message === null || at === null || !proc) return { kind: 'unreadable' };
  return {
    kind: 'record',
    record: { at, process: proc, subsystem: str(o.subsystem), category: str(o.category), messageType: str(o.messageType), message },
  };
}
