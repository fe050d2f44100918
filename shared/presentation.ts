/**
 * One presentation vocabulary for every face — the popover, the tray, the terminal and the
 * support report say the same word for the same thing, in the person's language (`causes` catalog).
 */
import type { CheckStatus } from './checks';
import { intlTag, type Translator } from './i18n';
import type { Light } from './report';

/** The light in one word (the light is never colour-only). */
export function lightWord(light: Light, t: Translator): string {
  return t.t(light === 'green' ? 'causes.light.green' : light === 'amber' ? 'causes.light.amber' : 'causes.light.red');
}

/** Every light's word in `t`'s language. */
export function lightWords(t: Translator): Record<Light, string> {
  return { green: lightWord('green', t), amber: lightWord('amber', t), red: lightWord('red', t) };
}

/** What a check's status is called wherever a person reads it. */
export function statusWords(t: Translator): Record<CheckStatus, string> {
  return {
    pass: t.t('causes.status.pass'),
    warn: t.t('causes.status.warn'),
    fail: t.t('causes.status.fail'),
    skip: t.t('causes.status.skip'),
    error: t.t('causes.status.error'),
  };
}

/**
 * A duration in words, numbers in the locale's format: 85 → "85 ms", 4500 → "4.5 s" ("4,5 s" in
 * German), 12_400 → "12 s", 65_000 → "1 min 5 s", 7_500_000 → "2 h 5 min", beyond 48 h → "3 days".
 * Non-finite → "—".
 */
export function formatDuration(ms: number | null | undefined, t: Translator): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  const abs = Math.abs(ms);
  const n = (x: number, digits = 0) => t.number(x, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  if (abs < 1000) return t.t('causes.duration.ms', { n: n(Math.round(abs)) });
  if (abs < 60_000) {
    const s = abs / 1000;
    return t.t('causes.duration.s', { n: s < 9.95 ? n(s, 1) : n(Math.round(s)) });
  }
  const totalS = Math.round(abs / 1000);
  if (totalS < 3600) return t.t('causes.duration.min-s', { min: n(Math.floor(totalS / 60)), s: n(totalS % 60) });
  const h = Math.floor(totalS / 3600);
  const m = Math.round((totalS % 3600) / 60);
  if (h < 48) return t.t('causes.duration.h-min', { h: n(h), min: n(m) });
  return t.t('causes.duration.days', { n: Math.round(h / 24) });
}

/**
 * Items joined the locale's way ("a, b and c", "a、b、c", "a, b et c"). English keeps the
 * product's house style without the serial comma (Intl's `en` adds one; `en-GB` does not).
 */
export function listOf(items: readonly string[], t: Translator): string {
  if (intlTag(t.locale) === 'en') return new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }).format(items);
  return t.list(items);
}

/**
 * "just now", "2 min ago", "3 hours ago", "yesterday", "4 days ago" in the locale's words
 * (`Intl.RelativeTimeFormat`, short style, `numeric: 'auto'` for "yesterday").
 */
export function relativeTime(iso: string | null | undefined, now: number, t: Translator): string {
  if (!iso) return t.t('ui.time.never');
  const at = Date.parse(iso);
  if (!Number.isFinite(at)) return t.t('ui.time.unknown');
  const s = Math.round((now - at) / 1000);
  if (s < 45) return t.t('ui.time.justNow');
  const rtf = new Intl.RelativeTimeFormat(intlTag(t.locale), { numeric: 'auto', style: 'short' });
  const m = Math.round(s / 60);
  if (m < 60) return rtf.format(-m, 'minute');
  const h = Math.round(m / 60);
  if (h < 24) return rtf.format(-h, 'hour');
  return rtf.format(-Math.round(h / 24), 'day');
}
