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

/** "a, b, c" or the fallback when empty. */
export function list(xs: unknown, fallback = 'none'): string {
  const items = arr<unknown>(xs)
    .map((v) => (typeof v === 'string' || typeof v === 'number' ? String(v) : null))
    .filter((v): v is string => !!v);
  return items.length ? items.join(', ') : fallback;
}

/** Yes/No/Unknown for a tri-state flag. */
export function yesNo(x: unknown, yes = 'Yes', no = 'No'): string {
  const b = bool(x);
  return b === null ? 'Unknown' : b ? yes : no;
}
