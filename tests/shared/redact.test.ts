/** shared/redact.ts: personal data out, evidence kept. */
import { describe, expect, it } from 'vitest';
import { isIPv6, REDACTED, redactText, stripUrlCredentials } from '../../shared/redact';
import { applyRedaction } from '../../shared/redact-policy';

describe('redactText', () => {
  it('hides e-mail addresses, the account id and name given as secrets, case-insensitively', () => {
    expect(redactText('Signed in as jane.appleseed@icloud.com')).toBe('Signed in as [email]');
    expect(redactText('Hi Jane Appleseed / JANE APPLESEED', { secrets: ['Jane Appleseed'] })).toBe(`Hi ${REDACTED} / ${REDACTED}`);
    // Too-short secrets would shred ordinary words; they are ignored.
    expect(redactText('a DNS answer', { secrets: ['a', '', null, undefined] })).toBe('a DNS answer');
  });

  it('hides phone numbers in international and North American forms', () => {
    expect(redactText('trusted: +1 (408) 555-0123, +44 20 7946 0958, +491701234567')).toBe('trusted: [phone], [phone], [phone]');
    expect(redactText('call 408-555-0123 or (408) 555 0123')).toBe('call [phone] or [phone]');
  });

  it('leaves dates, times, durations, ports and versions alone', () => {
    const s = 'at 2026-03-12T14:05:00.000Z took 1234 ms, port 5223, macOS 15.7.4 (24G517), HTTP 503, 2026-03-12 14:05 UTC';
    expect(redactText(s)).toBe(s);
  });

  it('hides user names in home paths and this computer’s .local name', () => {
    expect(redactText('/Users/jane/Library/Keychains/login.keychain-db')).toBe('/Users/[user]/Library/Keychains/login.keychain-db');
    expect(redactText('C:\\Users\\jane\\x and /home/joe/.config')).toBe('C:\\Users\\[user]\\x and /home/[user]/.config');
    expect(redactText('host Janes-MacBook-Air.local answered')).toBe('host [computer].local answered');
    expect(redactText('exceptions *.local, 169.254/16')).toBe('exceptions *.local, 169.254/16');
  });

  it('hides this network’s addresses but keeps Apple’s, loopback and the class of private ones', () => {
    expect(redactText('resolver 192.168.1.1:53 and 10.0.0.8, ISP 75.75.75.75, CGNAT 100.64.1.2')).toBe(
      'resolver [private IPv4]:53 and [private IPv4], ISP [IPv4], CGNAT [private IPv4]',
    );
    expect(redactText('Apple 17.32.194.2, loopback 127.0.0.1, fake-IP 198.18.0.7, 0.0.0.0')).toBe(
      'Apple 17.32.194.2, loopback 127.0.0.1, fake-IP 198.18.0.7, 0.0.0.0',
    );
    expect(redactText('v6 2001:db8:85a3::8a2e:370:7334 and fe80::1%en0 and ::1 and Apple 2620:149:a44::10')).toBe(
      'v6 [IPv6] and [private IPv6]%en0 and ::1 and Apple 2620:149:a44::10',
    );
    expect(redactText('not an IP: 1.2.3.4.5 or 300.1.1.1')).toBe('not an IP: 1.2.3.4.5 or 300.1.1.1');
  });

  it('hides MAC addresses but not certificate fingerprints', () => {
    const fp = 'AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89';
    expect(redactText(`en0 a4:83:e7:12:34:56 cert ${fp}`)).toBe(`en0 [MAC address] cert ${fp}`);
  });

  it('always removes credentials from URLs', () => {
    expect(stripUrlCredentials('http://bob:s3cret@proxy.corp:8080/ and https://tok@x.example/')).toBe(
      'http://[credentials]@proxy.corp:8080/ and https://[credentials]@x.example/',
    );
    expect(redactText('HTTPS_PROXY=http://bob:s3cret@10.1.2.3:3128')).toBe('HTTPS_PROXY=http://[credentials]@[private IPv4]:3128');
  });
});

describe('applyRedaction and isIPv6', () => {
  it('redacts every string in nested data and keeps keys, numbers and booleans', () => {
    const out = applyRedaction({ a: ['x jane@icloud.com', 5, true, null], b: { 'jane@icloud.com': '192.168.0.2' } }, { level: 'full' });
    expect(out).toEqual({ a: ['x [email]', 5, true, null], b: { 'jane@icloud.com': '[private IPv4]' } });
  });

  it('validates IPv6 syntax', () => {
    expect(['::1', '2001:db8::1', '1:2:3:4:5:6:7:8', 'fe80::'].every(isIPv6)).toBe(true);
    expect(['14:05:00', '1:2:3:4:5:6:7', '1::2::3', 'g::1', ':'].some(isIPv6)).toBe(false);
  });
});
