/**
 * Adversarial replay, issue #15: terminal escapes and bidi overrides from hostile servers never
 * reach the popover's text raw. The popover shows the engine's report (summary, evidence lines,
 * verdict), so the defence sits where the engine builds each result (run-diagnosis.ts); this
 * replays it through a hostile captive page and a hostile redirect on 127.0.0.1, and through a
 * check that returns every hostile string at every depth of its evidence.
 */
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDiagnosis } from '../../electron/engine/run-diagnosis';
import type { CheckDefinition } from '../../electron/engine/types';
import { evidenceFor } from '../../renderer/lib/evidence';
import { EN } from '../../shared/i18n';
import type { Report } from '../../shared/report';
import { testConfig } from '../engine/checks/clock/context';
import { testDeps } from '../sim/test-context';

/** What a text node must never hold raw; line feed and tab are layout (white space in the popover). */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/;

const HOSTILE = [
  '\u001b]8;;https://evil.example/\u0007Open Settings\u001b]8;;\u0007',
  '\u001b]52;c;cm0gLXJmIH4=\u0007',
  '\u001b[2J\u001b[HAll good',
  '\u009b31m',
  'fail\r✓ pass',
  'Apple \u202eeciovni\u202c',
  '\u2067moc.elppa\u2069',
  'line\u2028break',
];

/** Every string a person can be shown from a report: summaries, evidence lines, the verdict. */
function popoverTexts(report: Report): string[] {
  const out = [report.verdict.headline, report.verdict.explanation];
  for (const r of report.checks) {
    out.push(r.title, r.summary);
    for (const l of evidenceFor(r, EN)) out.push(l.label, l.value);
  }
  return out;
}

/** Every string anywhere in the report (what the bridge sends the renderer). */
function allStrings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) allStrings(x, out);
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      out.push(k);
      allStrings(x, out);
    }
  return out;
}

let server: Server;
let port: number;
let mode: 'page' | 'redirect' = 'page';
beforeAll(async () => {
  server = http.createServer((_req, res) => {
    if (mode === 'redirect') {
      // 0x9B is C1 CSI when read as latin1 (HTTP header bytes are; RFC 9110 §5.5 obs-text).
      res.writeHead(302, { location: 'http://portal.test/\x9b2J' });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    // The quoted part of a page is short: the bidi override and the C1 CSI come first.
    res.end(`<html><title>Login</title><body>Welcome ${HOSTILE[5]}${HOSTILE[3]} ${HOSTILE.join(' ')} &#27;[31m</body></html>`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

async function captiveReport(): Promise<Report> {
  return runDiagnosis({
    config: testConfig({ captiveUrl: `http://127.0.0.1:${port}/hotspot-detect.html` }),
    deps: testDeps(),
    only: ['captive-portal'],
  });
}

describe('popover text from hostile servers', () => {
  it('a captive page full of escapes and bidi overrides: the portal is named, nothing raw is shown', async () => {
    mode = 'page';
    const report = await captiveReport();
    expect(report.checks[0]).toMatchObject({ status: 'fail', cause: 'captive.detected' });
    // The page's words reached the summary (so the attack was carried), made visible.
    expect(report.checks[0]!.summary).toContain('Welcome');
    expect(report.checks[0]!.summary).toMatch(/\\u009b|\\u202e/);
    for (const t of popoverTexts(report)) expect(t).not.toMatch(RAW_CONTROL);
    for (const t of allStrings(report)) expect(t).not.toMatch(RAW_CONTROL);
  });

  it('a redirect whose Location carries a C1 CSI byte', async () => {
    mode = 'redirect';
    const report = await captiveReport();
    expect(report.checks[0]!.summary).toContain('redirected to http://portal.test/');
    for (const t of popoverTexts(report)) expect(t).not.toMatch(RAW_CONTROL);
    for (const t of allStrings(report)) expect(t).not.toMatch(RAW_CONTROL);
  });

  it('a check returning hostile text at every depth of its evidence (keys too)', async () => {
    const hostileCheck: CheckDefinition<'apple-status', null> = {
      id: 'apple-status',
      kind: 'network',
      measure: async () => null,
      judge: () => ({
        status: 'warn',
        cause: 'apple.status_unknown',
        summary: HOSTILE.join(' | '),
        // The summary's message carries the hostile text in its values too (what the faces render).
        message: { key: 'checks.apple-status.unreadable', values: { reason: HOSTILE.join(' | ') } },
        data: {
          url: HOSTILE[0]!,
          events: [{ service: HOSTILE[5]!, message: HOSTILE.join('\n'), nested: { deeper: [[HOSTILE[3]!]] } }],
          [HOSTILE[6]!]: HOSTILE[7]!,
          // Shapes no real check returns: the defence must not depend on the evidence's type.
        } as never,
      }),
    };
    const events: string[] = [];
    const report = await runDiagnosis({
      config: testConfig(),
      deps: testDeps(),
      checks: [hostileCheck as CheckDefinition],
      onEvent: (e) => {
        if (e.kind === 'check') events.push(...allStrings(e.result));
      },
    });
    const strings = allStrings(report);
    expect(strings.join(' ')).toContain('\\u001b]52;c;');
    for (const t of [...strings, ...events, ...popoverTexts(report)]) expect(t).not.toMatch(RAW_CONTROL);
    // Multi-line evidence keeps its line breaks (they are layout, not an attack in the popover).
    expect(JSON.stringify(report.checks[0]!.data)).toContain('\\n');
  });
});
