/**
 * Pure pieces of the network probes: bogon ranges, error classification, cause choice.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bogonsOf, isBogon, isFakeIp } from '../../../electron/engine/probes/bogon';
import {
  classifyDnsError,
  classifyTcpError,
  classifyTlsError,
  classifyVerifyError,
  flattenErrors,
  isAppleHost,
  rawError,
} from '../../../electron/engine/probes/classify';
import { pickCause } from '../../../shared/cause-info';

describe('bogons', () => {
  it.each([
    '0.0.0.0',
    '10.10.34.35',
    '100.64.0.1',
    '127.0.0.1',
    '127.0.53.53',
    '169.254.1.1',
    '172.16.0.1',
    '172.31.255.255',
    '192.0.0.8',
    '192.0.2.1',
    '192.168.1.1',
    '198.18.0.7',
    '198.19.255.254',
    '198.51.100.1',
    '203.0.113.9',
    '224.0.0.251',
    '255.255.255.255',
    '::',
    '::1',
    'fd00::1',
    'fc12:3456::1',
    'fe80::1%en0',
    '::ffff:10.0.0.1',
    '::ffff:0a00:0001',
  ])('%s is a bogon', (ip) => expect(isBogon(ip)).toBe(true));

  it.each(['17.253.144.10', '23.45.67.89', '172.32.0.1', '198.20.0.1', '100.128.0.1', '2620:149:a44::1', '2a01:b740:a42::5', '::ffff:17.1.1.1'])(
    '%s is public',
    (ip) => expect(isBogon(ip)).toBe(false),
  );

  it('198.18.0.0/15 is a fake-IP range, also IPv4-mapped; other bogons are not', () => {
    expect(isFakeIp('198.18.0.7')).toBe(true);
    expect(isFakeIp('198.19.1.1')).toBe(true);
    expect(isFakeIp('::ffff:198.18.0.1')).toBe(true);
    expect(isFakeIp('10.0.0.1')).toBe(false);
    expect(isFakeIp('198.20.0.1')).toBe(false);
  });

  it('garbage is never a bogon and never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof isBogon(s) === 'boolean' && typeof isFakeIp(s) === 'boolean'));
    expect(isBogon('appleid.apple.com')).toBe(false);
    expect(isBogon('999.1.1.1')).toBe(false);
  });

  it('every IPv4 address is a bogon exactly when a range holds it; a malformed one never is', () => {
    // The ranges written out as first and last address, independently of the module's arithmetic.
    const ranges: [number, number][] = [
      [0x00000000, 0x00ffffff],
      [0x0a000000, 0x0affffff],
      [0x64400000, 0x647fffff],
      [0x7f000000, 0x7fffffff],
      [0xa9fe0000, 0xa9feffff],
      [0xac100000, 0xac1fffff],
      [0xc0000000, 0xc00000ff],
      [0xc0000200, 0xc00002ff],
      [0xc0a80000, 0xc0a8ffff],
      [0xc6120000, 0xc613ffff],
      [0xc6336400, 0xc63364ff],
      [0xcb007100, 0xcb0071ff],
      [0xe0000000, 0xffffffff],
    ];
    const judged = (n: number) => {
      const ip = [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
      expect(isBogon(ip), ip).toBe(ranges.some(([lo, hi]) => n >= lo && n <= hi));
    };
    // Each range's edges and their neighbours, then anywhere (most of the space is public).
    for (const [lo, hi] of ranges) for (const n of [lo - 1, lo, hi, hi + 1]) if (n >= 0 && n <= 0xffffffff) judged(n);
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffffffff }), judged), { numRuns: 2000 });
    for (const bad of ['10.0.0', '10.0.0.0.1', '10..0.1', '.10.0.0.1', '10.0.0.1.', '10.0.0.256', '10.0.0.1000', '10.0.0.-1', '１0.0.0.1', '10.0.0.1 '])
      expect(isBogon(bad), bad).toBe(false);
  });

  it('an IPv4-mapped IPv6 address is judged like its IPv4 address', () => {
    fc.assert(
      fc.property(fc.ipV4(), (ip) => {
        expect(isBogon(`::ffff:${ip}`)).toBe(isBogon(ip));
      }),
    );
  });

  it('bogonsOf keeps order and only the bogons', () => {
    expect(bogonsOf(['17.1.1.1', '10.0.0.1', '::1'])).toEqual(['10.0.0.1', '::1']);
  });
});

describe('classification by code', () => {
  it.each([
    ['ENOTFOUND', 'dns.nxdomain'],
    ['ENODATA', 'dns.nodata'],
    ['ESERVFAIL', 'dns.servfail'],
    ['EREFUSED', 'dns.refused'],
    ['ETIMEOUT', 'dns.timeout'],
    ['EAI_AGAIN', 'dns.timeout'],
    ['ECONNREFUSED', 'dns.unreachable'],
    ['EBADRESP', 'dns.badresp'],
    ['EFORMERR', 'dns.badresp'],
  ] as const)('resolver %s → %s', (code, cause) => expect(classifyDnsError(code)).toBe(cause));

  it.each([
    ['ECONNREFUSED', 'tcp.refused'],
    ['ECONNRESET', 'tcp.reset'],
    ['ETIMEDOUT', 'tcp.timeout'],
    ['EHOSTUNREACH', 'tcp.unreachable'],
    ['ENETUNREACH', 'tcp.unreachable'],
    ['ENETDOWN', 'tcp.unreachable'],
  ] as const)('connect %s → %s', (code, cause) => expect(classifyTcpError(code)).toBe(cause));

  it.each([
    ['CERT_HAS_EXPIRED', 'tls.expired'],
    ['CERT_NOT_YET_VALID', 'tls.not_yet_valid'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls.hostname'],
    ['CERT_REVOKED', 'tls.revoked'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'tls.untrusted'],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'tls.untrusted'],
    ['SOMETHING_NEW_FROM_OPENSSL', 'tls.untrusted'],
  ] as const)('verification %s → %s', (code, cause) => expect(classifyVerifyError(code)).toBe(cause));

  it.each([
    [{ code: 'ECONNRESET', syscall: 'read', message: 'read ECONNRESET' }, 'tls.reset'],
    [{ code: 'ECONNRESET', syscall: null, message: 'Client network socket disconnected before secure TLS connection was established' }, 'tls.closed'],
    [{ code: 'EPROTO', syscall: null, message: 'error:0A00010B:SSL routines::wrong version number' }, 'tls.not_tls'],
    [{ code: 'ERR_SSL_WRONG_VERSION_NUMBER', syscall: null, message: '' }, 'tls.not_tls'],
    [{ code: 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION', syscall: null, message: 'tlsv1 alert protocol version' }, 'tls.protocol'],
    [{ code: 'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE', syscall: null, message: '' }, 'tls.protocol'],
  ] as const)('handshake error %o → %s', (raw, cause) => expect(classifyTlsError(raw)).toBe(cause));

  it('flattens nested AggregateErrors and keeps the first member’s code', () => {
    const inner = Object.assign(new Error('connect ENETUNREACH ::1'), { code: 'ENETUNREACH' });
    const agg = new AggregateError([new AggregateError([inner]), Object.assign(new Error('x'), { code: 'ETIMEDOUT' })]);
    expect(flattenErrors(agg)).toHaveLength(2);
    expect(rawError(agg).code).toBe('ENETUNREACH');
    expect(rawError('just a string')).toEqual({ code: null, syscall: null, message: 'just a string' });
  });

  it('Apple hosts for redirects', () => {
    for (const h of ['apple.com', 'appleid.apple.com', 'APPLEID.APPLE.COM.', 'appleid.cdn-apple.com', 'www.icloud.com']) expect(isAppleHost(h)).toBe(true);
    for (const h of ['apple.com.evil.example', 'notapple.com', '10.0.0.1', 'portal.example']) expect(isAppleHost(h)).toBe(false);
  });
});

describe('choosing one cause', () => {
  it('the most common failure wins', () => {
    expect(pickCause(['tcp.timeout', 'tcp.timeout', 'dns.nxdomain'])).toBe('tcp.timeout');
  });
  it('on a tie the more explanatory one wins (a proxy or DNS tampering explains what follows)', () => {
    expect(pickCause(['tcp.refused', 'proxy.down'])).toBe('proxy.down');
    expect(pickCause(['tls.hostname', 'dns.bogon'])).toBe('dns.bogon');
  });
  it('nothing failed → null', () => expect(pickCause([])).toBeNull());
});
