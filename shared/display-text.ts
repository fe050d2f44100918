/**
 * Text that came from outside (a status feed, a captive page, a server's header or certificate,
 * a saved report, command output) made safe to show in a terminal and in the popover. Pure.
 *
 * - C0 controls, DEL and C1 controls are shown as `\uXXXX`: ESC starts ANSI/CSI/OSC sequences
 *   (OSC 8 forges links, OSC 52 writes the clipboard), U+009B is CSI in one code point, CR
 *   overwrites the line a person reads, LF forges extra lines.
 *   (ECMA-48 §5, https://ecma-international.org/publications-and-standards/standards/ecma-48/;
 *   OSC 52: https://invisible-island.net/xterm/ctlseqs/ctlseqs.html#h3-Operating-System-Commands)
 * - The Unicode bidirectional embedding, override and isolate controls are shown the same way:
 *   they reorder what is displayed, so "moc.elppa" can read as "apple.com" (Trojan Source,
 *   CVE-2021-42574, https://trojansource.codes; UAX #9 §2, https://www.unicode.org/reports/tr9/).
 * - U+2028/U+2029 break lines like LF.
 *
 * The escape is visible and idempotent (a `\u001b` already shown stays as it is), and keeps the
 * evidence readable: support can still see that a server sent an escape sequence.
 */

/** Everything above, and the line feed and tab. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/g;
/** The same, but line feed and tab are kept (multi-line evidence shown as a block). */
const UNSAFE_KEEP_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/g;

/**
 * The same two sets without the global flag, for the question alone: almost every string is clean,
 * and a non-global `test` answers it in well under half the time `replace` takes to find nothing.
 */
const HAS_UNSAFE = new RegExp(UNSAFE.source);
const HAS_UNSAFE_KEEP_LINES = new RegExp(UNSAFE_KEEP_LINES.source);

const shown = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** True when `text` holds a character {@link displaySafe} would escape. */
export function hasUnsafeText(text: string): boolean {
  return HAS_UNSAFE.test(text);
}

/** Escape control and bidi characters in one string; `keepLines` keeps LF and TAB. */
export function displaySafe(text: string, opts: { keepLines?: boolean } = {}): string {
  if (!(opts.keepLines ? HAS_UNSAFE_KEEP_LINES : HAS_UNSAFE).test(text)) return text;
  return text.replace(opts.keepLines ? UNSAFE_KEEP_LINES : UNSAFE, shown);
}

const MAX_DEPTH = 40;

/**
 * {@link displaySafe} over every string of a JSON-like value (keys too); other values unchanged.
 * Copy-on-write: a part with nothing to escape is returned as it is (the engine runs this over
 * every report, and almost every report is clean — rebuilding each object was most of its cost).
 */
export function displaySafeDeep<T>(value: T, opts: { keepLines?: boolean } = {}, depth = 0): T {
  if (typeof value === 'string') return displaySafe(value, opts) as T;
  if (!value || typeof value !== 'object') return value;
  // Deeper than any report goes: shown as escaped JSON text rather than passed through unread.
  if (depth > MAX_DEPTH) return displaySafe(JSON.stringify(value) ?? '', opts) as T;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const safe = displaySafeDeep(value[i], opts, depth + 1);
      if (safe !== value[i] && !out) out = value.slice(0, i);
      out?.push(safe);
    }
    return (out ?? value) as T;
  }
  // A class instance or null-prototype object is rebuilt as a plain object, as before.
  const plain = Object.getPrototypeOf(value) === Object.prototype;
  const source = value as Record<string, unknown>;
  const keys = Object.keys(source);
  let out: Record<string, unknown> | null = plain ? null : {};
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    const v = source[k];
    const sk = displaySafe(k, opts);
    const sv = displaySafeDeep(v, opts, depth + 1);
    if (!out && (sk !== k || sv !== v)) {
      out = {};
      for (let j = 0; j < i; j++) define(out, keys[j] as string, source[keys[j] as string]);
    }
    if (out) define(out, sk, sv);
  }
  return (out ?? value) as T;
}

/** An own data property, as `Object.fromEntries` makes it: a `__proto__` key stays a key. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
