/** The terminal layout: wrapped to the terminal, never cut when piped, commands alone on a line. */
import { describe, expect, it } from 'vitest';
import { formatHuman } from '../../electron/cli/format';
import { displayWidth, wrap } from '../../electron/cli/wrap';
import { loadTranslator } from '../../shared/i18n';
import { cannedReport } from '../renderer/canned-reports';

const red = cannedReport('red');
const long = 'This is a very long summary that a seventy-character cut would have chopped in the middle of a word, and it carries on.';
const withLong = { ...red, checks: red.checks.map((c) => (c.id === 'macos' ? { ...c, summary: long } : c)) };

describe('terminal layout', () => {
  it('piped: nothing is cut or wrapped', () => {
    const out = formatHuman(withLong, { color: false, width: null });
    expect(out).toContain(long);
    expect(out).not.toMatch(/carries on\.?…/);
  });

  it('in a 60-column terminal every line fits, and steps hang under their number', () => {
    const out = formatHuman(withLong, { color: false, width: 60 });
    const lines = out.split('\n');
    const tooLong = lines.filter((l) => displayWidth(l) > 60 && !l.trim().startsWith('sudo '));
    expect(tooLong).toEqual([]);
    // The continuation of step 1 starts under the step's text, not at the margin.
    const i = lines.findIndex((l) => l.startsWith('  1. '));
    expect(lines[i + 1]).toMatch(/^ {5}\S/);
    // The whole summary is there, wrapped (every word of it, in order).
    expect(out.replace(/\s+/g, ' ')).toContain(long);
  });

  it('puts a Terminal command alone on its line (copying the line copies only the command)', () => {
    const out = formatHuman(red, { color: false, width: 100 });
    const cmd = out.split('\n').find((l) => l.includes('dscacheutil'));
    expect(cmd?.trim()).toBe('sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder');
  });

  it('folds what DNS broke under its one card and says so', () => {
    const out = formatHuman(red, { color: false, width: null });
    expect(out.match(/^How to fix: /gm)).toHaveLength(1);
    expect(out).toContain('1 problem · 4 other checks could not finish because of it');
    expect(out).toContain('Also affected: push notifications, the Wi-Fi login check, the clock check and Apple’s status page');
    expect(out).not.toContain('Let Apple through your DNS filter');
  });

  it('says how many fixes were left out and how to see them', () => {
    const many = {
      ...red,
      checks: red.checks.map((c) =>
        c.id === 'keychain'
          ? { ...c, status: 'warn' as const, cause: 'keychain.duplicates' as const }
          : c.id === 'firewall'
            ? { ...c, status: 'warn' as const, cause: 'firewall.block_all' as const }
            : c,
      ),
    };
    const out = formatHuman(many, { color: false, width: null });
    expect(out.match(/^How to fix: /gm)).toHaveLength(2);
    expect(out).toMatch(/\+1 more fix \(Enter your current Apple Account password\): appleid-doctor --all/);
    expect(formatHuman(many, { color: false, width: null, allCards: true }).match(/^How to fix: /gm)).toHaveLength(3);
  });

  it('says why a check did not run, once, without evidence', () => {
    const out = formatHuman(
      {
        ...red,
        checks: red.checks.map((c) =>
          c.id === 'vpn'
            ? { ...c, status: 'skip' as const, cause: null }
            : c.id === 'proxy'
              ? {
                  ...c,
                  status: 'error' as const,
                  cause: 'cmd.timeout' as const,
                  summary: 'scutil --proxy did not finish in time and was stopped after 3000 ms.',
                }
              : c,
        ),
      },
      { color: false, width: null },
    );
    expect(out).toMatch(/VPN\s+Not checked: only runs on macOS\n/);
    expect(out).toMatch(/Proxy settings\s+\S+ \S+\s+Not checked: scutil timed out\n/);
  });

  it('says how old a result carried from an earlier run is, where the others say how long they took', async () => {
    const now = Date.parse(red.startedAt) + 60_000;
    const tenMinutesBefore = new Date(now - 10 * 60_000).toISOString();
    const carried = { ...red, checks: red.checks.map((c) => (c.id === 'firewall' ? { ...c, measuredAt: tenMinutesBefore } : c)) };
    const rows = (out: string) => out.split('\n').filter((l) => /^ {2}[✓!✗–?] /.test(l));
    const en = rows(formatHuman(carried, { color: false, width: null, now }));
    const firewall = en.find((l) => l.includes('Firewall'));
    expect(firewall).toMatch(/ 10 min\. ago {2}/);
    expect(rows(formatHuman(red, { color: false, width: null, now })).find((l) => l.includes('Firewall'))).not.toMatch(/ago/);
    // The other rows keep their durations, right-aligned with the carried row's age (wide
    // characters counted as two columns in Japanese).
    for (const [out, age] of [
      [en, '10 min. ago'],
      [rows(formatHuman(carried, { color: false, width: null, now, t: await loadTranslator('ja') })), '10 分前'],
    ] as const) {
      const ageEnds = out.find((l) => l.includes(age))!;
      const end = displayWidth(ageEnds.slice(0, ageEnds.indexOf(age) + age.length));
      const timed = out.filter((l) => / ms {2}| s {2}/.test(l));
      expect(timed.length).toBeGreaterThan(3);
      for (const l of timed) expect(displayWidth(l.slice(0, l.search(/ (ms|s) {2}/) + 3).trimEnd())).toBe(end);
    }
  });
});

describe('wrap', () => {
  it('breaks a host name only after a dot', () => {
    const lines = wrap('No answer from appleid.cdn-apple.com.example-resolver.internal.test today', 24, '', '');
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(24);
    const host = lines.join('\n').match(/appleid[\s\S]*?test/)![0];
    // Every line break inside the host name comes right after a dot.
    for (const part of host.split('\n').slice(0, -1)) expect(part.endsWith('.')).toBe(true);
    expect(host.replace(/\n/g, '')).toBe('appleid.cdn-apple.com.example-resolver.internal.test');
  });

  it('does not count colour codes as width', () => {
    expect(wrap('\u001b[1mbold words here\u001b[0m', 15, '')).toEqual(['\u001b[1mbold words here\u001b[0m']);
  });
});
