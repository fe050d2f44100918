/**
 * The result type every parser returns, plus small helpers shared by the parsers. Parsers are
 * pure and never throw: they return a typed value or a typed parse error, and output they do not
 * recognise is an error — never a healthy reading.
 */

import type { Result } from '../../../../shared/result';

/** A parsed value, or why the text could not be read (the project's one Result shape). */
export type ParseResult<T> = Result<T, string>;

/** Wrap a value. */
export function ok<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

/** Wrap a parse error. */
export function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

/**
 * Run a parser body so that no exception can escape (a bug, or a pathological input blowing the
 * stack, becomes a parse error instead of crashing the check).
 */
export function guard<T>(name: string, body: () => ParseResult<T>): ParseResult<T> {
  try {
    return body();
  } catch (err) {
    return fail(`${name}: internal parser error (${err instanceof Error ? err.name : 'unknown'})`);
  }
}

/** Split command output into lines, accepting LF, CRLF and lone CR line ends. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Non-blank lines, trimmed. */
export function meaningfulLines(text: string): string[] {
  return splitLines(text)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/** Shorten a line for an error message (the message may end up in a report). */
export function excerpt(line: string, max = 60): string {
  const oneLine = line.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
}
