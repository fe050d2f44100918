/**
 * The one result shape of the project: a value, or why there is none. Parsers, tool reads, probe
 * set-up and config loading all use it, so `if (!r.ok) … r.error` reads the same everywhere.
 */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

/** Wrap a value. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** Wrap an error. */
export function err<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
