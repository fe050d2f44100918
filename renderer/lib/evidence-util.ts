import type { MessageKey, Translator } from '../../shared/i18n';

/**
 * Defensive readers for check `data`: it crossed a process boundary and every field is optional,
 * so nothing here trusts a shape — a missing or odd field shows as absent, never as healthy.
 */

/** One line of evidence under a check. `tone` marks what went wrong. */
export interface EvidenceLine {
  label: string;
  value: string;
  tone?: 'bad' | 'warn' | 'ok';
}

export function arr<T = Record<string, unknown>>(x: unknown): T[] {
  return Array.isArray(x) ? (x.filter((v) => v !== null && v !== undefined) as T[]) : [];
}

export function obj(x: unknown): Record<string, unknown> | null {
  return x && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : null;
}

export function str(x: unknown): string | null {
  return typeof x === 'string' && x.length > 0 ? x : null;
}

export function num(x: unknown): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

export function bool(x: unknown): boolean | null {
  return typeof x === 'boolean' ? x : null;
}

/** "a, b, c" or the fallback when empty (pass the translated "none"). */
export function list(xs: unknown, fallback = '—'): string {
  const items = arr<unknown>(xs)
    .map((v) => (typeof v === 'string' || typeof v === 'number' ? String(v) : null))
    .filter((v): v is string => !!v);
  return items.length ? items.join(', ') : fallback;
}

/** Yes/No/Unknown (or On/Off/Unknown) for a tri-state flag, in the locale's words. */
export function yesNo(x: unknown, t: Translator, yes: MessageKey = 'ui.ev.yes', no: MessageKey = 'ui.ev.no'): string {
  const b = bool(x);
  return b === null ? t.t('ui.ev.unknown') : b ? t.t(yes) : t.t(no);
}
