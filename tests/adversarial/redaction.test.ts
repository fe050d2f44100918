/**
 * Adversarial replay, issue #15 item 1 and issue #9 item 3: ONE redaction policy, tested once
 * against a table of hostile inputs, for every face — `--json` (electron/report/redact.ts) and
 * the support report (shared/support-report.ts) must hide the same things.
 */
import { describe, expect, it } from 'vitest';
import { redactReport } from '../../electron/report/redact';
import { EN } from '../../shared/i18n';
import { applyRedaction } from '../../shared/redact-policy';
import type { Report } from '../../shared/report';
import { buildSupportReport } from '../../shared/support-report';
import { result } from '../engine/helpers';

/** [where, value planted, text that must not survive]. */
const TABLE: [string, Record<string, unknown>, string][] = [
  ['keychain label = Apple Account e-mail', { items: [{ service: 's', account: null, label: 'jane.appleseed@icloud.com', keychain: null }] }, 'jane.appleseed'],
  ['keychain label = phone number', { items: [{ service: 's', account: null, label: '+1 (408) 555-0123', keychain: null }] }, '555-0123'],
  ['user path under /Volumes', { path: '/Volumes/Macintosh HD/Users/jdoe/Library/Keychains/login.keychain-db' }, 'jdoe'],
  ['PAC URL file:// in a home folder', { pac: { url: 'file:///Users/jdoe/proxy.pac' } }, 'jdoe'],
  ['VPN name with an e-mail', { services: [{ name: 'VPN for jane@example.org' }] }, 'jane@example.org'],
  ['VPN name with a phone number', { services: [{ name: 'Hotspot +44 20 7946 0958' }] }, '7946'],
  ['VPN name with the display name', { services: [{ name: "Janet Q Fictus's VPN" }] }, 'Fictus'],
  ['computer name in proxy exceptions', { exceptions: ['*.local', 'Zorblax-Studio', 'zorblax-studio.local'] }, 'orblax'],
  ['computer name in NO_PROXY', { env: { NO_PROXY: 'localhost,ZORBLAX-STUDIO' } }, 'ORBLAX'],
  ['credentials in a PAC URL', { pac: { url: 'http://bob:s3cret@wpad.corp.example/proxy.pac' } }, 's3cret'],
  ['credentials in an env proxy', { env: { HTTPS_PROXY: 'http://alice:pa55@10.0.0.1:3128' } }, 'pa55'],
  ['e-mail in a summary', { note: 'signed in as someone@mac.com' }, 'someone@mac.com'],
  ['home path on Linux', { p: '/home/jdoe/.config' }, 'jdoe'],
];

function reportWith(data: Record<string, unknown>, summary = 'x'): Report {
  return {
    schema: 'appleid-doctor/report@1',
    startedAt: '2026-11-22T00:00:00.000Z',
    durationMs: 10,
    platform: { os: 'darwin', release: '25.0.0', arch: 'arm64', macosProbes: true },
    verdict: { light: 'amber', headline: 'x', primaryCause: null, explanation: 'x', otherCauses: [] },
    checks: [
      result('account', 'pass', null, { signedIn: true, accountId: 'jfictus@icloud.com', displayName: 'Janet Q Fictus' }),
      { ...result('proxy', 'warn', null, data), summary },
    ],
  } as Report;
}

const machineNames = ['Zorblax-Studio'];

describe('one policy, every face', () => {
  it.each(TABLE)('%s: hidden in --json and in the support report', (_where, data, secret) => {
    const report = reportWith(data, JSON.stringify(data));
    const json = JSON.stringify(redactReport(report, 'full', machineNames));
    expect(json).not.toContain(secret);
    const support = buildSupportReport(
      {
        report,
        history: [],
        request: { format: 'json', includePersonal: false, stepsDone: [], symptom: null } as never,
        now: new Date('2026-11-22T01:00:00Z'),
        machineNames,
      },
      EN,
    );
    expect(support.text).not.toContain(secret);
    const md = buildSupportReport(
      {
        report,
        history: [],
        request: { format: 'markdown', includePersonal: false, stepsDone: [], symptom: null } as never,
        now: new Date('2026-11-22T01:00:00Z'),
        machineNames,
      },
      EN,
    );
    expect(md.text).not.toContain(secret);
  });

  it('credentials go even when personal details are included', () => {
    const report = reportWith({ pac: { url: 'http://bob:s3cret@wpad.example/p.pac' } });
    expect(JSON.stringify(redactReport(report, 'none'))).not.toContain('s3cret');
    expect(JSON.stringify(redactReport(report, 'none'))).toContain('Janet Q Fictus');
  });

  it('level identity keeps network evidence, level full hides it; both hide the person', () => {
    const value = { resolver: '192.168.1.1:53', who: 'jane@example.org', mac: 'a4:83:e7:12:34:56' };
    expect(applyRedaction(value, { level: 'identity' })).toEqual({ resolver: '192.168.1.1:53', who: '[email]', mac: 'a4:83:e7:12:34:56' });
    expect(applyRedaction(value, { level: 'full' })).toEqual({ resolver: '[private IPv4]:53', who: '[email]', mac: '[MAC address]' });
  });

  it('evidence that identifies nobody stays', () => {
    const json = JSON.stringify(redactReport(reportWith({ host: 'gsa.apple.com', answer: '17.32.194.2', code: 'ENOTFOUND' }), 'full', machineNames));
    for (const kept of ['gsa.apple.com', '17.32.194.2', 'ENOTFOUND']) expect(json).toContain(kept);
  });
});
