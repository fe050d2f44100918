/** The support report: complete, readable, and personal data hidden unless the user asks. */
import { describe, expect, it } from 'vitest';
import { EN } from '../../shared/i18n';
import type { ExportRequest } from '../../shared/ipc';
import type { Report } from '../../shared/report';
import { buildSupportReport, errorCodes } from '../../shared/support-report';
import { cannedHistory, cannedReport, PLANTED } from '../renderer/canned-reports';

const NOW = new Date('2026-03-12T14:10:00Z');
const request = (over: Partial<ExportRequest> = {}): ExportRequest => ({
  format: 'markdown',
  includePersonal: false,
  stepsDone: [
    { cardId: 'dns-server-failing', step: 1, at: '2026-03-12T14:08:00Z' },
    { cardId: 'symptom.codes-not-arriving', step: 5, at: '2026-03-12T14:07:00Z' },
  ],
  symptom: 'codes-not-arriving',
  ...over,
});

/** A red report with personal data planted where real runs put it. */
function plantedReport(): Report {
  const r = cannedReport('red', new Date('2026-03-12T14:05:00Z'));
  return {
    ...r,
    platform: { ...r.platform, model: 'MacBookAir10,1' } as Report['platform'],
    checks: r.checks.map((c) => {
      if (c.id === 'captive-portal')
        return { ...c, data: { ...c.data, snippet: `Welcome ${PLANTED.machine}, call ${PLANTED.phone}; your IP ${PLANTED.publicIp} / ${PLANTED.ipv6}` } };
      if (c.id === 'proxy') return { ...c, data: { ...c.data, env: { httpProxy: null, httpsProxy: 'http://jane:hunter2@proxy.corp:3128', noProxy: null } } };
      return c;
    }),
  };
}

const build = (over: Partial<ExportRequest> = {}, machineNames = ['Janes-MacBook-Air']) =>
  buildSupportReport({ report: plantedReport(), history: cannedHistory(NOW), request: request(over), now: NOW, machineNames }, EN);

const PERSONAL = [
  PLANTED.accountId,
  PLANTED.displayName,
  PLANTED.phone,
  PLANTED.userPath,
  PLANTED.machine,
  PLANTED.publicIp,
  PLANTED.ipv6,
  'Janes-MacBook-Air',
  '/Users/jane',
  '192.168.1.1',
];

describe('buildSupportReport', () => {
  it('writes Markdown with the Mac, the verdict, every check, codes, steps tried and the last 24 h', () => {
    const r = build();
    expect(r).toMatchObject({ mime: 'text/markdown', filename: 'appleid-doctor-report-20260312-1410.md' });
    const t = r.text;
    expect(t).toMatch(/- Model: MacBookAir10,1\n- macOS: macOS 15\.6\.1 \(24G90\)/);
    expect(t).toMatch(/\*\*RED — This Mac cannot find Apple’s sign-in servers\*\*/);
    expect(t).toMatch(/Main cause: `dns\.nxdomain`/);
    expect(t.match(/^- [✓!✗–?] /gm)).toHaveLength(14);
    expect(t).toMatch(/✗ Failed — \*\*Apple Account sign-in servers\*\*[\s\S]*Error codes: `ENOTFOUND`/);
    expect(t).toMatch(/"phase": "dns"/); // failing checks carry their evidence
    expect(t).toMatch(/## Problem described\nVerification codes don’t arrive \(`codes-not-arriving`\)/);
    // Steps in time order, with the guide and the step's own words.
    expect(t).toMatch(
      /- 2026-03-12 14:07:00 UTC — Problem guide: Verification codes don’t arrive, step 6: Check your trusted phone numbers[\s\S]*- 2026-03-12 14:08:00 UTC — Fix: Fix or replace the DNS server, step 2: Join another network/,
    );
    expect(t).toMatch(/97 checks: 91 green, 0 amber, 6 red\./);
    expect(t).toMatch(/RED — `dns\.nxdomain`/);
  });

  it('hides every planted personal detail by default, in both formats', () => {
    for (const format of ['markdown', 'json'] as const) {
      const t = build({ format }).text;
      for (const p of PERSONAL) expect(t, `${format} leaks ${p}`).not.toContain(p);
      expect(t).not.toContain('hunter2');
      expect(t).toContain('[redacted]');
      expect(t).toContain('[phone]');
      expect(t).toContain('/Users/[user]');
      // Evidence that identifies nobody survives: Apple's host names and the error codes.
      expect(t).toContain('appleid.apple.com');
      expect(t).toContain('ENOTFOUND');
    }
    // …and Apple's own addresses, which prove a DNS answer was genuine.
    const green = buildSupportReport({ report: cannedReport('green'), history: [], request: request(), now: NOW }, EN).text;
    expect(green).toContain('17.32.194.2');
    expect(green).not.toContain(PLANTED.accountId);
  });

  it('includes personal details when asked, but never a password inside a URL', () => {
    const t = build({ includePersonal: true }).text;
    expect(t).toMatch(/Personal details: INCLUDED/);
    for (const p of [PLANTED.phone, PLANTED.publicIp, PLANTED.machine]) expect(t).toContain(p);
    expect(t).not.toContain('hunter2');
    const json = JSON.parse(build({ includePersonal: true, format: 'json' }).text);
    expect(json.checks.find((c: { id: string }) => c.id === 'account').evidence.accountId).toBe(PLANTED.accountId);
  });

  it('writes JSON with the same content, structured', () => {
    const r = build({ format: 'json' });
    expect(r).toMatchObject({ mime: 'application/json', filename: 'appleid-doctor-report-20260312-1410.json' });
    const j = JSON.parse(r.text);
    expect(j).toMatchObject({ schema: 'appleid-doctor/support-report@1', personalDetails: 'hidden', symptom: { id: 'codes-not-arriving' } });
    expect(j.checks).toHaveLength(14);
    expect(j.checks[0]).toMatchObject({ id: 'signin-endpoints', status: 'fail', cause: 'dns.nxdomain', errorCodes: ['ENOTFOUND'] });
    expect(j.stepsTried.map((s: { step: number }) => s.step)).toEqual([6, 2]);
    expect(j.last24h).toMatchObject({ checks: 97, red: 6 });
    expect(j.last24h.changes.map((c: { light: string }) => c.light)).toEqual(['green', 'red', 'green']);
    const account = j.checks.find((c: { id: string }) => c.id === 'account');
    expect(account.evidence).toMatchObject({ accountId: '[redacted]', displayName: '[redacted]' });
    const keychain = j.checks.find((c: { id: string }) => c.id === 'keychain');
    expect(keychain.evidence.items.every((i: { account: string }) => i.account === '[redacted]')).toBe(true);
  });

  it('still produces a report before any check has finished, without history or steps', () => {
    const r = buildSupportReport({ report: null, history: [], request: request({ stepsDone: [], symptom: null }), now: NOW }, EN);
    expect(r.text).toMatch(/No check has finished yet\./);
    expect(r.text).toMatch(/None recorded in the app\./);
    expect(r.text).toMatch(/0 checks: 0 green/);
  });

  it('extracts exact error codes from every kind of evidence', () => {
    expect(
      errorCodes({
        endpoints: [{ failure: { code: 'CERT_HAS_EXPIRED' }, phases: { tls: { authorizationError: 'CERT_HAS_EXPIRED' }, http: { status: 503 } } }],
        attempts: [{ code: 'ECONNREFUSED' }, { outcome: 'NTP_KOD' }, { outcome: 'ok' }],
        hosts: [{ system: { code: 'ENOTFOUND' }, comparison: null }],
        failure: { code: 'ETIMEDOUT' },
      }),
    ).toEqual(['CERT_HAS_EXPIRED', 'HTTP 503', 'ETIMEDOUT', 'ECONNREFUSED', 'NTP_KOD', 'ENOTFOUND']);
    expect(errorCodes({ endpoints: 'x', attempts: [null], hosts: 5 })).toEqual([]);
  });
});
