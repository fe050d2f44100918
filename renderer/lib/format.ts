/** Small text formatters for the popover (pure, locale-light: plain English copy). */

import { EN } from '../../shared/i18n';
import { formatDuration } from '../../shared/presentation';

/** "85 ms", "1.2 s", "1 min 5 s" (the shared duration words; "—" when unknown). */
export const formatMs = (ms: number | null | undefined): string => formatDuration(ms, EN);

/** "just now", "2 min ago", "3 h ago", "yesterday", "4 days ago". */
export function relativeTime(iso: string | null | undefined, now: number): string {
  if (!iso) return 'never';
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return 'unknown';
  const s = Math.round((now - t) / 1000);
  if (s < 45) return 'just now';
  const m = Math.round(s / 60);
  if (m < 60) return `${m} min ago`;
  const h = Math.round(m / 60);
  if (h < 24) return `${h} h ago`;
  const d = Math.round(h / 24);
  return d === 1 ? 'yesterday' : `${d} days ago`;
}

/** "in 4 min" for the next scheduled check. */
export function untilTime(iso: string | null | undefined, now: number): string | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return null;
  const m = Math.round((t - now) / 60_000);
  return m <= 0 ? 'in a moment' : `in ${m} min`;
}

/** Clock time of an ISO date, e.g. "14:05". */
export function clockTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** Date and time, e.g. "12 Mar, 14:05". */
export function shortDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getMonth()];
  return `${d.getDate()} ${month}, ${clockTime(iso)}`;
}

/** Clock offset in words: "2.3 s behind (± 40 ms)". Positive offset = the Mac is behind. */
export function formatOffset(offsetMs: number, boundMs: number | null): string {
  const abs = Math.abs(offsetMs);
  const side = Math.abs(offsetMs) < 1 ? 'off' : offsetMs > 0 ? 'behind' : 'ahead';
  const bound = boundMs === null ? '' : ` (± ${formatMs(boundMs)})`;
  return `${formatMs(abs)} ${side}${bound}`;
}
