/**
 * The old-style (OpenStep) property-list text that `defaults read` prints:
 * `{ Key = value; List = ( a, "b c" ); Blob = <0a0b>; }`. Strings are unquoted tokens or
 * "quoted" with backslash escapes (\n, \t, \", \\, \Uxxxx, \ooo). Dictionaries are Maps, so any
 * key is just data. Nesting is limited so a hostile input cannot exhaust the stack.
 */
import { fail, guard, ok, type ParseResult } from './parse-result';

/** A parsed value. Data blobs are kept as their hex text. */
export type PlistValue = string | PlistValue[] | Map<string, PlistValue>;

const MAX_DEPTH = 64;
const UNQUOTED = /[A-Za-z0-9_$+/:.-]/;

/** Parse one complete value; trailing text (other than whitespace) is an error. */
export function parseOldStylePlist(text: string): ParseResult<PlistValue> {
  return guard('plist', () => {
    const p = new Reader(text);
    const value = p.value(0);
    if (typeof value === 'object' && 'error' in value) return fail(value.error);
    p.skipSpace();
    if (!p.atEnd()) return fail(`unexpected text at offset ${p.pos}`);
    return ok(value as PlistValue);
  });
}

type Result = PlistValue | { error: string };

class Reader {
  pos = 0;
  constructor(private readonly s: string) {}
  atEnd(): boolean {
    return this.pos >= this.s.length;
  }
  skipSpace(): void {
    while (this.pos < this.s.length && /\s/.test(this.s[this.pos]!)) this.pos++;
  }
  private err(what: string): { error: string } {
    return { error: `${what} at offset ${this.pos}` };
  }
  value(depth: number): Result {
    if (depth > MAX_DEPTH) return this.err('nesting too deep');
    this.skipSpace();
    const c = this.s[this.pos];
    if (c === undefined) return this.err('unexpected end');
    if (c === '{') return this.dict(depth);
    if (c === '(') return this.array(depth);
    if (c === '"') return this.quoted();
    if (c === '<') return this.data();
    return this.unquoted();
  }
  private dict(depth: number): Result {
    this.pos++;
    const map = new Map<string, PlistValue>();
    for (;;) {
      this.skipSpace();
      if (this.s[this.pos] === '}') {
        this.pos++;
        return map;
      }
      const key = this.s[this.pos] === '"' ? this.quoted() : this.unquoted();
      if (typeof key !== 'string') return key;
      this.skipSpace();
      if (this.s[this.pos] !== '=') return this.err('expected "="');
      this.pos++;
      const v = this.value(depth + 1);
      if (isError(v)) return v;
      this.skipSpace();
      if (this.s[this.pos] !== ';') return this.err('expected ";"');
      this.pos++;
      if (map.has(key)) return this.err(`duplicate key`);
      map.set(key, v);
    }
  }
  private array(depth: number): Result {
    this.pos++;
    const list: PlistValue[] = [];
    for (;;) {
      this.skipSpace();
      if (this.s[this.pos] === ')') {
        this.pos++;
        return list;
      }
      const v = this.value(depth + 1);
      if (isError(v)) return v;
      list.push(v);
      this.skipSpace();
      if (this.s[this.pos] === ',') this.pos++;
      else if (this.s[this.pos] !== ')') return this.err('expected "," or ")"');
    }
  }
  private quoted(): Result {
    this.pos++;
    let out = '';
    while (this.pos < this.s.length) {
      const c = this.s[this.pos++]!;
      if (c === '"') return out;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = this.s[this.pos++];
      if (e === undefined) break;
      const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', a: '\u0007', b: '\b', f: '\f', v: '\v' };
      if (e in simple) out += simple[e];
      else if (e === 'U' && /^[0-9A-Fa-f]{4}$/.test(this.s.slice(this.pos, this.pos + 4))) {
        out += String.fromCharCode(Number.parseInt(this.s.slice(this.pos, this.pos + 4), 16));
        this.pos += 4;
      } else if (/[0-7]/.test(e)) {
        const digits = (e + this.s.slice(this.pos, this.pos + 2)).match(/^[0-7]{1,3}/)![0];
        out += String.fromCharCode(Number.parseInt(digits, 8));
        this.pos += digits.length - 1;
      } else out += e;
    }
    return this.err('unterminated string');
  }
  private unquoted(): Result {
    const start = this.pos;
    while (this.pos < this.s.length && UNQUOTED.test(this.s[this.pos]!)) this.pos++;
    return this.pos > start ? this.s.slice(start, this.pos) : this.err('unexpected character');
  }
  private data(): Result {
    const end = this.s.indexOf('>', this.pos);
    if (end < 0) return this.err('unterminated data');
    const hex = this.s.slice(this.pos + 1, end).replace(/\s+/g, '');
    if (!/^([0-9A-Fa-f]{2})*$/.test(hex)) return this.err('bad data');
    this.pos = end + 1;
    return hex;
  }
}

function isError(v: Result): v is { error: string } {
  return typeof v === 'object' && !Array.isArray(v) && !(v instanceof Map);
}
