/**
 * The terminal in the person's language, on the simulated Apple network: a red NXDOMAIN run and a
 * green run rendered in all six languages (translated light, check names and summaries; host
 * names, flags and commands untouched), `--json` byte-identical whatever the language, and a
 * pseudo-locale run that leaves none of the `checks`/`cli` English behind.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/cli';
import { displayWidth } from '../../electron/cli/wrap';
import { LOCALES, loadTranslator, PSEUDO_LOCALE } from '../../shared/i18n';
import { EN_NAMESPACES } from '../../shared/i18n/catalogs/en';
import { checkTitle, describeCheck, groupTitle } from '../../shared/i18n/check-text';
import type { Report } from '../../shared/report';
import { type SimNetwork, startSimNetwork } from '../sim/sim-network';

let sim: SimNetwork;
const dir = mkdtempSync(join(tmpdir(), 'aid-cli-i18n-'));
const saved: Record<'red' | 'green', string> = { red: '', green: '' };

async function run(argv: string[], env: Record<string, string> = {}, tty = false): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (add: (s: string) => void) =>
    new Writable({
      write(c, _e, cb) {
        add(String(c));
        cb();
      },
    });
  const code = await main(argv, {
    stdout: sink((s) => {
      out += s;
    }),
    stderr: sink((s) => {
      err += s;
    }),
    isTTY: tty,
    env,
    columns: tty ? 80 : undefined,
  });
  return { code, out, err };
}

beforeAll(async () => {
  sim = await startSimNetwork({ timeouts: { dnsMs: 800, tcpMs: 800, tlsMs: 800, httpMs: 1000, ntpMs: 600, totalMs: 3000 } });
  const config = join(dir, 'config.json');
  writeFileSync(config, JSON.stringify(sim.config));
  for (const [light, scenario] of [
    ['green', 'healthy'],
    ['red', 'dns-nxdomain'],
  ] as const) {
    await sim.faults.scenario(scenario);
    const r = await run(['--config', config, '--json']);
    expect(r.code).toBe(light === 'red' ? 2 : 0);
    saved[light] = join(dir, `${light}.json`);
    writeFileSync(saved[light], r.out);
  }
}, 60_000);
afterAll(async () => {
  await sim?.close();
});

const reportOf = async (light: 'red' | 'green'): Promise<Report> => JSON.parse((await run(['--from-report', saved[light], '--json'])).out) as Report;

describe('the terminal in six languages', () => {
  for (const locale of LOCALES) {
    for (const light of ['red', 'green'] as const) {
      it(`${locale}, ${light}: light, check names and summaries in the language; hosts and commands as they are`, async () => {
        const t = await loadTranslator(locale);
        const report = await reportOf(light);
        const { out, code } = await run(['--from-report', saved[light], '--lang', locale]);
        expect(code).toBe(light === 'red' ? 2 : 0);
        expect(out.startsWith(t.t(`cli.light.${light}`))).toBe(true);
        for (const check of report.checks) {
          expect(check.message, check.id).toBeDefined();
          expect(out).toContain(checkTitle(t, check.id));
          if (check.status !== 'skip') expect(out).toContain(describeCheck(t, check));
        }
        for (const group of ['signin', 'network', 'mac', 'apple'] as const) expect(out).toContain(groupTitle(t, group));
        expect(out).toContain('--json');
        if (light === 'red') {
          for (const host of ['appleid.apple.com', 'idmsa.apple.com', 'gsa.apple.com', '1-courier.push.apple.com']) expect(out).toContain(host);
          expect(out).toContain('sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder');
        }
        if (locale !== 'en') {
          // Nothing of the English rows is left: not the light, not a check name, not a summary.
          expect(out).not.toContain(light === 'red' ? '■ RED' : '● GREEN');
          expect(out).not.toContain('Apple Account sign-in servers');
          expect(out).not.toMatch(light === 'red' ? /No Apple host resolves/ : /All \d+ Apple hosts resolve/);
          expect(out).not.toContain('of 4 reachable');
          expect(out).not.toContain('Checked in');
        }
      });
    }
  }

  it('LANG picks the language, --lang overrides it, C and unknown languages stay English', async () => {
    const de = await loadTranslator('de');
    expect((await run(['--from-report', saved.red], { LANG: 'de_DE.UTF-8' })).out.startsWith(de.t('cli.light.red'))).toBe(true);
    expect((await run(['--from-report', saved.red], { LC_ALL: 'ja_JP.UTF-8', LANG: 'de_DE.UTF-8' })).out.startsWith('■ 赤')).toBe(true);
    expect((await run(['--from-report', saved.red, '--lang', 'fr'], { LANG: 'de_DE.UTF-8' })).out.startsWith('■ ROUGE')).toBe(true);
    expect((await run(['--from-report', saved.red], { LANG: 'C' })).out.startsWith('■ RED')).toBe(true);
    expect((await run(['--from-report', saved.red], { LANG: 'ko_KR.UTF-8' })).out.startsWith('■ RED')).toBe(true);
  });

  it('usage errors and help speak the language; an unknown --lang is a usage error', async () => {
    const r = await run(['--only', 'nope', '--lang', 'de']);
    expect(r.code).toBe(64);
    expect(r.err).toMatch(/^appleid-doctor: unbekannte Prüfungs-ID „nope“ .*\(siehe appleid-doctor --help\)\n$/);
    const help = await run(['--help'], { LANG: 'zh_CN.UTF-8' });
    expect(help.out).toMatch(/^用法：appleid-doctor \[check\]/);
    expect(help.out).toContain('--only ID[,ID…]');
    const bad = await run(['--lang', 'klingon']);
    expect(bad.code).toBe(64);
    expect(bad.err).toContain('--lang needs one of en, de, fr, es, ja, zh-Hans');
  });

  it('Japanese and Chinese wrap at 80 display columns without cutting a host name', async () => {
    for (const locale of ['ja', 'zh-Hans'] as const) {
      const { out } = await run(['--from-report', saved.red, '--lang', locale], { COLUMNS: '80' }, true);
      const lines = out.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
      const over = lines.filter((l) => displayWidth(l) > 80 && !l.trim().startsWith('sudo '));
      expect(over, locale).toEqual([]);
      // Wide text really wrapped (lines of Japanese/Chinese reach near the edge) and hosts stay whole.
      expect(
        lines.some((l) => displayWidth(l) >= 70 && /[\u3040-\u30ff\u4e00-\u9fff]/.test(l)),
        locale,
      ).toBe(true);
      expect(
        lines.some((l) => l.includes('1-courier.push.apple.com')),
        locale,
      ).toBe(true);
      expect(
        lines.some((l) => l.includes('appleid.apple.com')),
        locale,
      ).toBe(true);
    }
  });
});

describe('--json is never translated', () => {
  it('is byte-identical whatever LANG, LC_ALL or --lang say', async () => {
    const base = (await run(['--from-report', saved.red, '--json'])).out;
    expect(base.length).toBeGreaterThan(1000);
    for (const [env, extra] of [
      [{ LANG: 'de_DE.UTF-8' }, []],
      [{ LC_ALL: 'ja_JP.UTF-8' }, []],
      [{ LANG: 'zh_CN.UTF-8', LANGUAGE: 'fr' }, []],
      [{}, ['--lang', 'es']],
      [{}, ['--lang', PSEUDO_LOCALE]],
    ] as const) {
      expect((await run(['--from-report', saved.red, '--json', ...extra], env)).out).toBe(base);
    }
    // And the English summary plus the message descriptor are what scripts get.
    const report = JSON.parse(base) as Report;
    const signin = report.checks.find((c) => c.id === 'signin-endpoints')!;
    expect(signin.summary).toMatch(/^0 of \d reachable — Apple’s address not found: appleid\.apple\.com/);
    expect(signin.message?.key).toBe('checks.signin-endpoints.line');
  });
});

/** Literal runs of an English message (what would show if it were printed untranslated). */
function literals(message: string): string[] {
  const out: string[] = [];
  const walk = (els: ReturnType<typeof parse>) => {
    for (const el of els) {
      if (el.type === TYPE.literal) out.push(el.value);
      else if (el.type === TYPE.plural || el.type === TYPE.select) for (const o of Object.values(el.options)) walk(o.value);
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return out.map((s) => s.trim()).filter((s) => /[A-Za-z]{3,}.*\s.*[A-Za-z]{3,}/.test(s));
}

describe('pseudo-locale run', () => {
  it('no English of the checks or cli catalogs is left in what the CLI prints', async () => {
    for (const light of ['red', 'green'] as const) {
      const { out } = await run(['--from-report', saved[light], '--lang', PSEUDO_LOCALE]);
      const report = await reportOf(light);
      expect(out.startsWith('⟦')).toBe(true);
      for (const check of report.checks) expect(out).toContain(`⟦${checkTitle(await loadTranslator(PSEUDO_LOCALE), check.id).slice(1)}`);
      const leftovers: string[] = [];
      for (const ns of [EN_NAMESPACES.checks, EN_NAMESPACES.cli]) {
        for (const [key, message] of Object.entries(ns)) {
          if (key === 'cli.help') continue;
          for (const lit of literals(message)) if (out.includes(lit)) leftovers.push(`${key}: “${lit}”`);
        }
      }
      expect(leftovers).toEqual([]);
      // Every row of a check is pseudo-localised (title and summary).
      const rows = out.split('\n').filter((l) => /^ {2}[✓!✗–?] /.test(l));
      expect(rows.length).toBe(report.checks.length);
      for (const row of rows) expect(row.match(/⟦/g)?.length ?? 0, row).toBeGreaterThanOrEqual(2);
    }
  });

  it('the leftover check itself notices an English literal', () => {
    expect(literals('No Apple host resolves via {resolver}: {cause}.')).toEqual(['No Apple host resolves via']);
  });
});
