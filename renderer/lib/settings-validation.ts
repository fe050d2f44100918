/**
 * Checks a typed settings value before it is sent, in words a person reads next to the field —
 * never field names or schema wording. Mirrors the limits in shared/settings.ts. Pure.
 */
import type { Settings } from '../../shared/settings';

export type SecondsKey = 'clockWarnSeconds' | 'clockFailSeconds';

export const SECONDS_LIMITS: Record<SecondsKey, { min: number; max: number }> = {
  clockWarnSeconds: { min: 1, max: 3600 },
  clockFailSeconds: { min: 2, max: 86_400 },
};

function secondsWord(n: number): string {
  return n === 1 ? '1 second' : `${n.toLocaleString('en-US')} seconds`;
}

/** The problem with `text` for field `k`, or null when it can be saved. */
export function secondsProblem(k: SecondsKey, text: string, s: Pick<Settings, SecondsKey>): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return 'Enter a number of seconds';
  const n = Number(trimmed);
  if (!Number.isFinite(n)) return 'Enter a number of seconds, for example 10';
  if (!Number.isInteger(n)) return 'Use whole seconds, for example 10';
  const { min, max } = SECONDS_LIMITS[k];
  if (n < min) return `At least ${secondsWord(min)}`;
  if (n > max) return `At most ${secondsWord(max)}`;
  if (k === 'clockWarnSeconds' && n >= s.clockFailSeconds) return `Must be less than the red threshold, ${s.clockFailSeconds} s`;
  if (k === 'clockFailSeconds' && n <= s.clockWarnSeconds) return `Must be more than the warning threshold, ${s.clockWarnSeconds} s`;
  return null;
}
