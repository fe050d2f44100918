/**
 * Text that came from outside (a config key, an argv value, a hostile server's banner) on its way
 * to a terminal or a log line: control characters (C0, DEL, C1 — ESC starts a terminal escape
 * sequence, CR/LF would forge extra lines) and the Unicode line/paragraph separators are shown as
 * `\uXXXX`, and the result is capped. Pure.
 */

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Escape control characters and cap the length (with "…"). */
export function oneLine(text: string, max = 300): string {
  const escaped = text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return escaped.length > max ? `${escaped.slice(0, max - 1)}…` : escaped;
}
