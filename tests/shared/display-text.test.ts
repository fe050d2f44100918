import { describe, expect, it } from 'vitest';
import { displaySafe, displaySafeDeep } from '../../shared/display-text';

describe('displaySafeDeep', () => {
  it('escapes control and bidi characters in nested strings and keys', () => {
    const input = { a: ['ok', 'evil\u001b]8;;x\u0007'], ['k\u202e']: { deep: 'line\nbreak' }, n: 3, b: null };
    const out = displaySafeDeep(input);
    expect(out.a[1]).toBe('evil\\u001b]8;;x\\u0007');
    expect(Object.keys(out)).toContain('k\\u202e');
    expect((out as unknown as Record<string, { deep: string }>)['k\\u202e']?.deep).toBe('line\\u000abreak');
    expect(out.n).toBe(3);
    // The input is not modified.
    expect(input.a[1]).toBe('evil\u001b]8;;x\u0007');
  });

  it('keeps clean parts as they are and copies only what it escapes', () => {
    const clean = { hosts: ['appleid.apple.com'], timing: { ms: 12 } };
    const mixed = { clean: clean.timing, dirty: ['a', 'b\u0000'] };
    expect(displaySafeDeep(clean)).toBe(clean);
    const out = displaySafeDeep(mixed);
    expect(out).not.toBe(mixed);
    expect(out.clean).toBe(mixed.clean);
    expect(out.dirty).toEqual(['a', 'b\\u0000']);
  });

  it('a copied object keeps its keys in order, a "__proto__" key stays a key, and odd objects become plain ones', () => {
    const hostile = JSON.parse('{"a":"1","__proto__":{"polluted":"yes"},"b\\u001b":"2","c":"3\\u0007"}') as Record<string, unknown>;
    const out = displaySafeDeep(hostile) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['a', '__proto__', 'b\\u001b', 'c']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect((out as { polluted?: string }).polluted).toBeUndefined();
    expect(out.c).toBe('3\\u0007');
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { x: 'clean' });
    const plain = displaySafeDeep(bare);
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
    expect(plain).toEqual({ x: 'clean' });
  });

  it('keeps line feeds and tabs with keepLines, and is idempotent', () => {
    expect(displaySafeDeep({ t: 'a\n\tb\u001b' }, { keepLines: true }).t).toBe('a\n\tb\\u001b');
    const once = displaySafe('x\u009by');
    expect(displaySafe(once)).toBe(once);
  });
});
