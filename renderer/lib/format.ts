/** Small text formatters for the popover (pure; words and formats come from the translator). */

import { intlTag, type Translator } from '../../shared/i18n';
import { formatDuration } from '../../shared/presentation';

/** "85 ms", "1.2 s", "1 min 5 s" (the shared duration words; "—" when unknown). */
export const formatMs = (ms: number | null | undefined, t: Translator): string => formatDuration(ms, t);

export { relativeTime } from '../../shared/presentation';

/** "in 4 min" for the next scheduled check. */
export function untilTime(iso: string | null | undefined, now: number, t: Translator): string | null {
  if (!iso) return null;
  const at = Date.parse(iso);
  if (!Number.isFinite(at)) return null;
  const m = Math.round((at - now) / 60_000);
  return m <= 0 ? t.t('ui.time.inAMoment') : new Intl.RelativeTimeFormat(intlTag(t.locale), { style: 'short' }).format(m, 'minute');
}

/** Clock time of an ISO date in the locale's format, e.g. "14:05" (24-hour where the locale uses it). */
export function clockTime(iso: string, t: Translator): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return t.dateTime(d, { hour: '2-digit', minute: '2-digit' });
}

/** Date and time in the locale's format, e.g. "12 Mar, 14:05" / "12. März, 14:05" / "3月12日 14:05". */
export function shortDateTime(iso: string, t: Translator): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return t.dateTime(d, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** Clock offset in words: "2.3 s behind (± 40 ms)". Positive offset = the Mac is behind. */
export function formatOffset(offsetMs: number, boundMs: number | null, t: Translator): string {
  const abs = formatMs(Math.abs(offsetMs), t);
  const side = Math.abs(offsetMs) < 1 ? 'off' : offsetMs > 0 ? 'behind' : 'ahead';
  const text = t.t('ui.clock.offset', { amount: abs, side });
  return boundMs === null ? text : t.t('ui.clock.offsetBound', { offset: text, bound: formatMs(boundMs, t) });
}
