/** Terminal wrapping by display columns: CJK text wraps at the edge, hosts and commands never split. */
import { describe, expect, it } from 'vitest';
import { displayWidth, padEndColumns, wrap } from '../../electron/cli/wrap';

describe('display columns', () => {
  it('counts wide characters as 2, colour codes and combining marks as 0', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('時計')).toBe(4);
    expect(displayWidth('时钟，')).toBe(6);
    expect(displayWidth('\u001b[1m赤\u001b[0m')).toBe(2);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(padEndColumns('時計', 6)).toBe('時計  ');
  });
});

describe('wrapping Japanese and Chinese', () => {
  const ja = 'このネットワークではログインページが表示されます：Appleの確認ページがcaptive.apple.com/hotspot-detect.htmlにリダイレクトされます。';

  it('breaks between wide characters to fill the line, within the width', () => {
    const lines = wrap(ja, 40, '  ');
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(40);
    // Filled: a break only where the next piece does not fit (no ragged half-empty lines).
    expect(displayWidth(lines[0]!)).toBeGreaterThanOrEqual(38);
    expect(lines.join('').replace(/ {2}/g, '')).toBe(ja);
  });

  it('never splits a host name inside a label, nor starts a line with closing punctuation', () => {
    const text = '{host}が見つかりませんでした：DNSが時間内に応答しませんでした。'.replace('{host}', '1-courier.push.apple.com');
    for (let width = 30; width <= 60; width++) {
      const lines = wrap(`未確認：${text}`, width, '');
      expect(
        lines.some((l) => l.includes('1-courier.push.apple.com')),
        `width ${width}`,
      ).toBe(true);
      for (const l of lines.slice(1)) expect(/^[、。，．：；）」』]/.test(l), `width ${width}: ${l}`).toBe(false);
      for (const l of lines.slice(0, -1)) expect(/[（「『]$/.test(l), `width ${width}: ${l}`).toBe(false);
    }
  });

  it('keeps French no-break spaces together and still breaks Latin text at spaces', () => {
    const lines = wrap('Impossible de vérifier l’horloge de ce Mac\u00a0: time.apple.com n’a pas répondu', 30, '');
    for (const l of lines) expect(l.startsWith(':')).toBe(false);
    expect(lines.some((l) => l.includes('Mac\u00a0:'))).toBe(true);
  });

  it('does not wrap when piped', () => {
    expect(wrap(ja, null, '  ')).toEqual([`  ${ja}`]);
  });
});
