import { describe, expect, it } from 'vitest';
import { computeVerdict } from '../../electron/engine/verdict';
import { causeTitleInSentence } from '../../shared/cause-text';
import { EN } from '../../shared/i18n';
import { formatDuration } from '../../shared/presentation';
import { allFail, allOk, endpoint, result, signin } from './helpers';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const DAY = 86_400_000;
const validCert = { validFrom: new Date(NOW - 30 * DAY).toUTCString(), validTo: new Date(NOW + 300 * DAY).toUTCString() };

describe('verdict', () => {
  it('is green with no cause when every sign-in server answers and nothing else warns', () => {
    const v = computeVerdict([allOk(), result('clock', 'pass'), result('push', 'pass')], NOW);
    expect(v).toMatchObject({ light: 'green', primaryCause: null, headline: 'You can sign in to your Apple Account' });
  });

  it('is red with the network cause when no sign-in endpoint works', () => {
    const v = computeVerdict([allFail('dns', 'dns.nxdomain')], NOW);
    expect(v.light).toBe('red');
    expect(v.primaryCause).toBe('dns.nxdomain');
    expect(v.headline).toMatch(/can’t find Apple/);
  });

  it('blames the clock, not the certificates, when true time puts the certificate back in its window', () => {
    // The Mac is 400 days ahead: Apple's certificate looks expired locally, but is valid at true time.
    const clock = result('clock', 'fail', 'clock.skew', { offsetMs: -400 * DAY, errorBoundMs: 20 });
    const v = computeVerdict([allFail('tls', 'tls.expired', validCert), clock], NOW + 400 * DAY);
    expect(v).toMatchObject({ light: 'red', primaryCause: 'clock.skew' });
    expect(v.explanation).toMatch(/ahead/);
    expect(v.otherCauses).toContain('tls.expired');
  });

  it('keeps the certificate cause when the clock is right (a genuinely expired certificate)', () => {
    const expired = { validFrom: new Date(NOW - 400 * DAY).toUTCString(), validTo: new Date(NOW - 30 * DAY).toUTCString() };
    const v = computeVerdict([allFail('tls', 'tls.expired', expired), result('clock', 'pass', null, { offsetMs: 3, errorBoundMs: 10 })], NOW);
    expect(v.primaryCause).toBe('tls.expired');
  });

  it('does not let an offset inside its error bound explain anything', () => {
    const notYet = { validFrom: new Date(NOW + 5 * DAY).toUTCString(), validTo: new Date(NOW + 300 * DAY).toUTCString() };
    const v = computeVerdict([allFail('tls', 'tls.not_yet_valid', notYet), result('clock', 'pass', null, { offsetMs: 400, errorBoundMs: 500 })], NOW);
    expect(v.primaryCause).toBe('tls.not_yet_valid');
  });

  it('makes a large skew red even when the servers answer (2FA codes and tokens fail)', () => {
    const v = computeVerdict([allOk(), result('clock', 'fail', 'clock.skew', { offsetMs: 600_000, errorBoundMs: 5 })], NOW);
    expect(v).toMatchObject({ light: 'red', primaryCause: 'clock.skew' });
    expect(v.explanation).toMatch(/10 min 0 s behind/);
  });

  it('makes a small skew amber', () => {
    const v = computeVerdict([allOk(), result('clock', 'warn', 'clock.skew', { offsetMs: -45_000, errorBoundMs: 5 })], NOW);
    expect(v).toMatchObject({ light: 'amber', primaryCause: 'clock.skew' });
  });

  it('explains hostname mismatches and redirects with a captive portal', () => {
    const s = signin([endpoint('a', { phase: 'tls', cause: 'tls.hostname' }), endpoint('b', { phase: 'http', cause: 'http.redirect' })]);
    const v = computeVerdict([s, result('captive-portal', 'fail', 'captive.detected')], NOW);
    expect(v).toMatchObject({ light: 'red', primaryCause: 'captive.detected' });
    expect(v.headline).toMatch(/log in/);
  });

  it('is red for HTTPS interception even though the handshake verified', () => {
    const s = signin([endpoint('a', { phase: 'tls', cause: 'tls.intercepted' }), endpoint('b', { phase: 'tls', cause: 'tls.intercepted' })]);
    expect(computeVerdict([s], NOW)).toMatchObject({ light: 'red', primaryCause: 'tls.intercepted' });
  });

  it('explains refused connects with a dead proxy', () => {
    const v = computeVerdict([allFail('proxy', 'proxy.down'), result('proxy', 'pass')], NOW);
    expect(v).toMatchObject({ light: 'red', primaryCause: 'proxy.down' });
    expect(v.headline).toMatch(/proxy/i);
  });

  it('attributes 5xx from Apple to an Apple outage when Apple reports one', () => {
    const v = computeVerdict([allFail('http', 'http.server_error'), result('apple-status', 'fail', 'apple.outage')], NOW);
    expect(v).toMatchObject({ light: 'red', primaryCause: 'apple.outage' });
  });

  it('does not blame Apple for DNS failures just because Apple reports an outage', () => {
    const v = computeVerdict([allFail('dns', 'dns.timeout'), result('apple-status', 'fail', 'apple.outage')], NOW);
    expect(v.primaryCause).toBe('dns.timeout');
    expect(v.otherCauses).toContain('apple.outage');
  });

  it('is amber when some endpoints fail', () => {
    const s = signin([endpoint('a', null), endpoint('b', null), endpoint('c', { phase: 'tcp', cause: 'tcp.timeout' })]);
    expect(computeVerdict([s], NOW)).toMatchObject({ light: 'amber', primaryCause: 'tcp.timeout' });
  });

  it('is amber when push is blocked (prompts on trusted devices may not arrive)', () => {
    const v = computeVerdict([allOk(), result('push', 'fail', 'push.blocked')], NOW);
    expect(v).toMatchObject({ light: 'amber', primaryCause: 'push.blocked' });
    expect(v.headline).toMatch(/verification prompts/);
  });

  it('treats maintenance as amber, not red', () => {
    expect(computeVerdict([allOk(), result('apple-status', 'warn', 'apple.maintenance')], NOW).light).toBe('amber');
  });

  it('stays green for evidence-free hints (status feed unreadable, NTP blocked, VPN connected)', () => {
    const v = computeVerdict(
      [allOk(), result('apple-status', 'warn', 'apple.status_unknown'), result('clock', 'warn', 'clock.unverifiable'), result('vpn', 'warn', 'vpn.active')],
      NOW,
    );
    expect(v.light).toBe('green');
    expect(v.otherCauses).toEqual(expect.arrayContaining(['apple.status_unknown', 'clock.unverifiable', 'vpn.active']));
  });

  it('never says green when the sign-in check itself could not run', () => {
    const v = computeVerdict([result('signin-endpoints', 'error', 'probe.failed')], NOW);
    expect(v.light).toBe('amber');
  });

  it('prefers the most fundamental failure: DNS before TLS', () => {
    const s = signin([endpoint('a', { phase: 'tls', cause: 'tls.untrusted' }), endpoint('b', { phase: 'dns', cause: 'dns.servfail' })]);
    expect(computeVerdict([s], NOW).primaryCause).toBe('dns.servfail');
  });
});

describe('formatDuration', () => {
  it.each([
    [450, '450 ms'],
    [4500, '4.5 s'],
    [45_000, '45 s'],
    [601_000, '10 min 1 s'],
    [7_200_000, '2 h 0 min'],
    [400 * DAY, '400 days'],
  ])('%d ms → %s', (ms, text) => expect(formatDuration(ms, EN)).toBe(text));
});

describe('cause titles inside sentences', () => {
  it.each([
    ['tcp.refused', 'connection refused'],
    ['dns.nxdomain', 'Apple’s address not found'],
    ['dns.timeout', 'DNS not answering'],
    ['captive.detected', 'Wi-Fi login required'],
  ] as const)('%s → "%s"', (cause, text) => expect(causeTitleInSentence(cause, EN)).toBe(text));
});
