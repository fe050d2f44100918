/**
 * Parser for the CFDictionary description format that `scutil` prints (configd
 * `scutil.tproj/tests.c` prints `SCDynamicStoreCopyProxies()` with `%@`):
 *
 *     <dictionary> {
 *       ExceptionsList : <array> {
 *         0 : *.local
 *       }
 *       FTPPassive : 1
 *     }
 *
 * Two-space indentation, ` : ` separators, arrays as `<array> {` with `N : value` entries. Values
 * are unquoted and run to the end of the line. Iterative (no recursion), dictionaries are Maps (a
 * key such as `__proto__` is just a key), duplicate keys and unbalanced braces are errors.
 */
import { excerpt, fail, ok, type ParseResult, splitLines } from './parse-result';

/** A parsed value: a scalar string, an array or a dictionary. */
export type CfValue = string | CfValue[] | Map<string, CfValue>;

type Frame = { kind: 'dict'; value: Map<string, CfValue> } | { kind: 'array'; value: CfValue[]; lastIndex: number };

const OPEN = /^<(dictionary|array)> \{$/;
const KEY = /^[A-Za-z0-9_.-]+$/;

/**
 * Parse one `<dictionary> { … }` block starting at `lines[start]` (after trimming). Returns the
 * dictionary and the index of the line after its closing brace.
 */
export function parseCfBlock(lines: readonly string[], start: number): ParseResult<{ dict: Map<string, CfValue>; next: number }> {
  const head = lines[start]?.trim() ?? '';
  const opened = OPEN.exec(head.replace(/^\S+\s+(?=<dictionary>)/, ''));
  if (opened?.[1] !== 'dictionary') return fail(`expected "<dictionary> {", got "${excerpt(head)}"`);
  const root = new Map<string, CfValue>();
  const stack: Frame[] = [{ kind: 'dict', value: root }];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const top = stack[stack.length - 1]!;
    if (line === '}') {
      stack.pop();
      if (stack.length === 0) return ok({ dict: root, next: i + 1 });
      continue;
    }
    const sep = line.indexOf(' : ');
    if (sep <= 0) return fail(`unexpected line "${excerpt(line)}"`);
    const key = line.slice(0, sep).trim();
    // Keys are identifiers, interface names or service UUIDs; anything else is not scutil output.
    if (!KEY.test(key)) return fail(`unexpected key "${excerpt(key)}"`);
    const rest = line.slice(sep + 3).trim();
    // Two lines glued together (a lost newline) must not hide the second key inside a value.
    if (/[\u0000-\u001f\u007f]/.test(rest) || rest.includes(' : ')) return fail(`unexpected value for "${excerpt(key)}"`);
    const nested = OPEN.exec(rest);
    const value: CfValue = nested ? (nested[1] === 'array' ? [] : new Map<string, CfValue>()) : rest;
    const added = addEntry(top, key, value);
    if (added) return fail(added);
    if (nested) stack.push(Array.isArray(value) ? { kind: 'array', value, lastIndex: -1 } : { kind: 'dict', value: value as Map<string, CfValue> });
  }
  return fail('output ends inside a "{ … }" block (truncated)');
}

function addEntry(frame: Frame, key: string, value: CfValue): string | null {
  if (frame.kind === 'dict') {
    if (frame.value.has(key)) return `duplicate key "${excerpt(key)}"`;
    frame.value.set(key, value);
    return null;
  }
  // Array entries are "N : value" with N counting up from 0.
  if (!/^\d+$/.test(key) || Number(key) !== frame.lastIndex + 1) return `unexpected array index "${excerpt(key)}"`;
  frame.lastIndex += 1;
  frame.value.push(value);
  return null;
}

/**
 * Undo the flattening seen in a copy of `scutil --proxy` output pasted into a web page (all
 * newlines and indentation lost, ` : ` turned into `: `; the only real SOCKS sample found,
 * tests/fixtures/macos/scutil-proxy.http-https-socks-comma-exceptions.*). Only applied when the
 * whole output is one line that opens a dictionary and continues after it. Values are single
 * tokens in that form.
 */
export function unflattenCfDescription(text: string): string {
  const trimmed = text.trim();
  if (/[\r\n]/.test(trimmed) || !/^<dictionary> \{\s+\S/.test(trimmed)) return text;
  const out: string[] = [];
  let cur = '';
  const flush = () => {
    if (cur.trim()) out.push(cur.trim());
    cur = '';
  };
  for (const tok of trimmed.split(/\s+/)) {
    if (tok === '{') {
      out.push(`${cur.trim()} {`);
      cur = '';
    } else if (tok === '}') {
      flush();
      out.push('}');
    } else if (/^[A-Za-z0-9_]+:$/.test(tok)) {
      flush();
      cur = `${tok.slice(0, -1)} :`;
    } else if (tok === ':') {
      cur += ' :';
    } else {
      cur = `${cur} ${tok}`;
    }
  }
  flush();
  return out.join('\n');
}

/** Convenience: split text into lines (after un-flattening) for parseCfBlock. */
export function cfLines(text: string): string[] {
  return splitLines(unflattenCfDescription(text));
}
