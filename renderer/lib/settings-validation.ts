/**
 * Checks a typed settings value before it is sent, in words a person reads next to the field —
 * never field names or schema wording. Mirrors the limits in shared/settings.ts. Pure.
 */
import type { Translator } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';

export type SecondsKey = 'clockWarnSeconds' | 'clockFailSeconds';

export const SECONDS_LIMITS: Record<SecondsKey, { min: number; max: number }> = {
  clockWarnSeconds: { min: 1, max: 3600 },
  clockFailSeconds: { min: 2, max: 86_400 },
};

/** The problem with `text` for field `k`, or null when it can be saved. */
export function secondsProblem(k: SecondsKey, text: string, s: Pick<Settings, SecondsKey>, t: Translator): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return t.t('ui.seconds.empty');
  const n = Number(trimmed);
  if (!Number.isFinite(n)) return t.t('ui.seconds.notNumber', { example: 10 });
  if (!Number.isInteger(n)) return t.t('ui.seconds.notWhole', { example: 10 });
  const { min, max } = SECONDS_LIMITS[k];
  if (n < min) return t.t('ui.seconds.atLeast', { count: min });
  if (n > max) return t.t('ui.seconds.atMost', { count: max });
  if (k === 'clockWarnSeconds' && n >= s.clockFailSeconds) return t.t('ui.seconds.belowFail', { seconds: s.clockFailSeconds });
  if (k === 'clockFailSeconds' && n <= s.clockWarnSeconds) return t.t('ui.seconds.aboveWarn', { seconds: s.clockWarnSeconds });
  return null;
}
