/**
 * One presentation vocabulary for every face — the popover, the tray, the terminal and the
 * support report say the same word for the same thing.
 */
import type { CheckStatus } from './checks';
import type { Light } from './report';

/** The light in one word (the light is never colour-only). */
export const LIGHT_WORDS: Record<Light, string> = { green: 'OK', amber: 'Warning', red: 'Problem' };

/** What a check's status is called wherever a person reads it. */
export const STATUS_WORDS: Record<CheckStatus, string> = {
  pass: 'OK',
  warn: 'Warning',
  fail: 'Failed',
  skip: 'Not checked',
  error: 'Could not check',
};

/**
 * A duration in words: 85 → "85 ms", 4500 → "4.5 s", 12_400 → "12 s", 65_000 → "1 min 5 s",
 * 7_500_000 → "2 h 5 min", beyond 48 h → "3 days". Non-finite → "—".
 */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  const abs = Math.abs(ms);
  if (abs < 1000) return `${Math.round(abs)} ms`;
  if (abs < 60_000) {
    const s = abs / 1000;
    return s < 9.95 ? `${s.toFixed(1)} s` : `${Math.round(s)} s`;
  }
  const totalS = Math.round(abs / 1000);
  if (totalS < 3600) return `${Math.floor(totalS / 60)} min ${totalS % 60} s`;
  const h = Math.floor(totalS / 3600);
  const m = Math.round((totalS % 3600) / 60);
  if (h < 48) return `${h} h ${m} min`;
  return `${Math.round(h / 24)} days`;
}
