/** Evidence under each check: what a person (or support) needs, and garbage never reads as healthy. */
import { describe, expect, it } from 'vitest';
import { evidenceFor } from '../../renderer/lib/evidence';
import { CHECK_IDS } from '../../shared/checks';
import { EN } from '../../shared/i18n';
import { notCheckedLine } from '../../shared/not-checked';
import type { CheckResult } from '../../shared/report';
import { cannedReport } from './canned-reports';

const green = cannedReport('green');
const red = cannedReport('red');
const amber = cannedReport('amber');
const text = (r: CheckResult) =>
  evidenceFor(r, EN)
    .map((l) => `${l.label.trim()}: ${l.value}`)
    .join('\n');
const byId = (report: typeof green, id: string) => report.checks.find((c) => c.id === id)!;

describe('evidenceFor', () => {
  it('shows the failing phase, the cause and the exact code for each sign-in server', () => {
    const t = text(byId(red, 'signin-endpoints'));
    expect(t).toMatch(/^Problem: Apple’s address not found/);
    expect(t).toMatch(/appleid\.apple\.com: Failed during finding the address \(DNS\): Apple’s address not found \(ENOTFOUND\)/);
    expect(evidenceFor(byId(red, 'signin-endpoints'), EN).filter((l) => l.tone === 'bad')).toHaveLength(5);
  });

  it('shows timings, addresses and the certificate issuer for a working server', () => {
    const t = text(byId(green, 'signin-endpoints'));
    expect(t).toMatch(/appleid\.apple\.com: OK in 84 ms \(DNS 8 ms, TCP 21 ms, TLS 34 ms, HTTP 21 ms\)/);
    expect(t).toMatch(/address: 17\.32\.194\.2/);
    expect(t).toMatch(/certificate from: Apple Public Server RSA CA 12 - G1/);
  });

  it('shows the clock offset with its error bound, the push ports and the VPN and proxy facts', () => {
    expect(text(byId(green, 'clock'))).toMatch(/This Mac’s clock: 212 ms ahead \(± 18 ms\)/);
    const push = evidenceFor(byId(amber, 'push'), EN);
    expect(push.find((l) => l.label === 'Port 5223')).toMatchObject({ value: 'Connection refused (ECONNREFUSED)', tone: 'bad' });
    expect(push.find((l) => l.label === 'Port 443')).toMatchObject({ tone: 'ok' });
    expect(text(byId(green, 'vpn'))).toMatch(/Other VPNs: Work VPN \(Disconnected\)/);
    expect(text(byId(green, 'proxy'))).toMatch(/Apple traffic goes: Direct/);
  });

  it('shows a proxy host, an active VPN and Apple’s own status message when present', () => {
    const proxy = {
      ...byId(green, 'proxy'),
      data: { https: { enabled: true, host: 'proxy.corp', port: 3128 }, route: { kind: 'proxy', host: 'proxy.corp', port: 3128, source: 'system' } },
    };
    expect(text(proxy)).toMatch(/HTTPS proxy: proxy\.corp:3128[\s\S]*Through proxy\.corp:3128 \(system\)/);
    const vpn = { ...byId(green, 'vpn'), data: { active: ['Acme VPN'], services: [], tunnels: [{ iface: 'utun3' }], defaultRouteViaTunnel: true } };
    expect(text(vpn)).toMatch(/Connected VPN: Acme VPN[\s\S]*All traffic through VPN: Yes/);
    const status = {
      ...byId(green, 'apple-status'),
      data: { events: [{ service: 'Apple Account', statusType: 'Outage', ongoing: true, message: 'Users may be unable to sign in.' }] },
    };
    expect(evidenceFor(status, EN)[0]).toMatchObject({ label: 'Apple Account', value: 'Outage (ongoing): Users may be unable to sign in.', tone: 'bad' });
  });

  it('never throws on garbage data and never turns it into reassurance', () => {
    const garbage: unknown[] = [null, 42, 'x', [], { endpoints: 'nope', hosts: [null, 7], attempts: [{}], events: {}, items: 'x' }];
    for (const id of CHECK_IDS) {
      for (const data of garbage) {
        const r = { ...green.checks[0]!, id, status: 'fail', cause: 'cmd.unparseable', data } as unknown as CheckResult;
        const lines = evidenceFor(r, EN);
        expect(lines[0]).toMatchObject({ label: 'Problem', tone: 'bad' });
        expect(lines.some((l) => l.tone === 'ok')).toBe(false);
      }
    }
  });

  it('shows no evidence at all for a check that did not run, only why', () => {
    // Data a skipped/failed tool might still carry must not read as a measurement.
    const vpn = { ...byId(green, 'vpn'), status: 'skip', cause: null, summary: 'Not checked: only runs on macOS.' } as CheckResult;
    expect(evidenceFor(vpn, EN)).toEqual([]);
    expect(notCheckedLine(vpn, EN)).toBe('Not checked: only runs on macOS');
    const proxy = {
      ...byId(green, 'proxy'),
      status: 'error',
      cause: 'cmd.timeout',
      summary: 'scutil --proxy did not finish in time and was stopped after 3000 ms.',
    } as CheckResult;
    expect(evidenceFor(proxy, EN)).toEqual([]);
    expect(notCheckedLine(proxy, EN)).toBe('Not checked: scutil timed out');
    const keychain = {
      ...byId(green, 'keychain'),
      status: 'error',
      cause: 'cmd.missing',
      summary: 'security is not available on this Mac (ENOENT).',
    } as CheckResult;
    expect(notCheckedLine(keychain, EN)).toBe('Not checked: security is not available on this Mac');
    expect(notCheckedLine(byId(green, 'keychain'), EN)).toBeNull();
  });
});
