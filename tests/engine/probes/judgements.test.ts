/**
 * The pure judgement functions of the four network checks, on hand-built evidence.
 */

import type tls from 'node:tls';
import { describe, expect, it } from 'vitest';
import { judgeCaptive } from '../../../electron/engine/checks/captive-portal';
import { judgeDns } from '../../../electron/engine/checks/dns';
import { judgePush } from '../../../electron/engine/checks/push';
import { judgeSigninEndpoints } from '../../../electron/engine/checks/signin-endpoints';
import { isSuccessPage, snippetOf } from '../../../electron/engine/probes/captive-probe';
import type { HostEvidence } from '../../../electron/engine/probes/dns-compare';
import { classifyStatus } from '../../../electron/engine/probes/http-exchange';
import { chainHasExpectedIssuer, formatName } from '../../../electron/engine/probes/tls-handshake';
import type { Cause } from '../../../shared/causes';
import type { CaptivePortalData, EndpointResult } from '../../../shared/checks';

function endpoint(id: string, failure: Cause | null, totalMs = 100): EndpointResult {
  return {
    id,
    host: `${id}.apple.com`,
    port: 443,
    path: '/',
    address: '17.1.1.1',
    via: { kind: 'direct' },
    phases: { dns: null, tcp: null, tls: null, http: null },
    failure: failure ? { phase: failure.split('.')[0] as 'dns', cause: failure, code: null, message: failure } : null,
    totalMs,
  };
}

describe('sign-in endpoints summary', () => {
  it('all reachable → pass with the slowest time', () => {
    const o = judgeSigninEndpoints([endpoint('a', null, 80), endpoint('b', null, 180)]);
    expect(o).toMatchObject({ status: 'pass', cause: null, summary: '2 of 2 reachable (slowest 180 ms)' });
    expect(o.data).toMatchObject({ reachable: 2, total: 2 });
  });
  it('some reachable → warn naming the failing hosts', () => {
    const o = judgeSigninEndpoints([endpoint('a', null), endpoint('gsa', 'tcp.refused')]);
    expect(o.status).toBe('warn');
    expect(o.cause).toBe('tcp.refused');
    expect(o.summary).toContain('gsa.apple.com');
  });
  it('none reachable → fail with the most common cause', () => {
    const o = judgeSigninEndpoints([endpoint('a', 'tls.hostname'), endpoint('b', 'tls.hostname'), endpoint('c', 'tcp.timeout')]);
    expect(o).toMatchObject({ status: 'fail', cause: 'tls.hostname' });
    expect(o.summary).toMatch(/^0 of 3 reachable/);
  });
  it('a route note is appended', () => {
    expect(judgeSigninEndpoints([endpoint('a', null)], { key: 'checks.signin-endpoints.note.pac', values: { url: 'x' } }).summary).toContain(
      '· proxy script x not evaluated; tested direct',
    );
  });
});

describe('push judgement', () => {
  const attempts = (ok5223: boolean, ok443: boolean) => ({
    data: {
      host: 'courier',
      attempts: [
        { port: 5223, address: '17.1.1.1', ok: ok5223, cause: ok5223 ? null : ('tcp.timeout' as Cause), code: ok5223 ? null : 'ETIMEDOUT', durationMs: 5 },
        { port: 443, address: '17.1.1.1', ok: ok443, cause: ok443 ? null : ('tcp.refused' as Cause), code: ok443 ? null : 'ECONNREFUSED', durationMs: 5 },
      ],
      reachablePorts: [...(ok5223 ? [5223] : []), ...(ok443 ? [443] : [])],
    },
    dnsFailure: null,
    bogonFailure: null,
  });
  it.each([
    [true, true, 'pass', null],
    [true, false, 'pass', null],
    [false, true, 'warn', 'push.fallback_only'],
    [false, false, 'fail', 'push.blocked'],
  ] as const)('5223 %s, 443 %s → %s %s', (a, b, status, cause) => {
    expect(judgePush(attempts(a, b), [5223, 443])).toMatchObject({ status, cause });
  });
  it('names the blocked port in plain words', () => {
    expect(judgePush(attempts(false, true), [5223, 443]).summary).toContain('5223 (connection blocked)');
  });
});

describe('captive judgement', () => {
  const base: CaptivePortalData = {
    url: 'http://captive.apple.com/hotspot-detect.html',
    status: 200,
    location: null,
    success: true,
    snippet: null,
    failure: null,
  };
  it('success → pass', () => expect(judgeCaptive(base).status).toBe('pass'));
  it('a portal page → captive.detected', () => {
    expect(judgeCaptive({ ...base, success: false, snippet: 'Guest WiFi Login' })).toMatchObject({ status: 'fail', cause: 'captive.detected' });
  });
  it('no answer → warn with the network cause, never captive.detected', () => {
    const o = judgeCaptive({ ...base, status: null, success: false, failure: { phase: 'tcp', cause: 'tcp.timeout', code: null, message: '' } });
    expect(o).toMatchObject({ status: 'warn', cause: 'tcp.timeout' });
  });
  it('Success page comparison tolerates whitespace and case only', () => {
    expect(isSuccessPage('<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>')).toBe(true);
    expect(isSuccessPage('\n<html>\n <head><title>Success</title></head>\n <body>Success</body>\n</html>\n')).toBe(true);
    expect(isSuccessPage('<HTML><HEAD><TITLE>Login</TITLE></HEAD><BODY>Success</BODY></HTML>')).toBe(false);
    expect(isSuccessPage('Success')).toBe(false);
    expect(isSuccessPage(null)).toBe(false);
  });
  it('snippets are text only and capped at 200 characters', () => {
    const s = snippetOf(`<html><script>alert(1)</script><style>p{}</style><h1>Hi</h1>${'x'.repeat(500)}</html>`);
    expect(s?.startsWith('Hi x')).toBe(true);
    expect(s).not.toContain('alert');
    expect(s?.length).toBe(200);
    expect(snippetOf('<p> </p>')).toBeNull();
  });
});

describe('HTTP status classification', () => {
  const at = { host: 'appleid.apple.com', port: 443, defaultPort: 443 };
  it.each([
    [200, null, null],
    [404, null, null],
    [301, '/account', null],
    [302, 'https://idmsa.apple.com/x', null],
    [302, 'http://10.0.0.1/login', 'http.redirect'],
    [307, 'https://apple.com.evil.example/', 'http.redirect'],
    [429, null, 'http.rate_limited'],
    [500, null, 'http.server_error'],
    [503, null, 'http.server_error'],
  ] as const)('%d %s → %s', (status, location, cause) => {
    expect(classifyStatus({ status, location }, at)?.cause ?? null).toBe(cause);
  });
});

describe('expected issuers', () => {
  const cert = (issuer: Record<string, string>) => ({ issuer, subject: { CN: 'appleid.apple.com' } }) as unknown as tls.DetailedPeerCertificate;
  it('matches the issuer O or CN, case-insensitively', () => {
    expect(chainHasExpectedIssuer([cert({ CN: 'Apple Public Server RSA CA 12 - G1', O: 'Apple Inc.' })], ['apple'])).toBe(true);
    expect(chainHasExpectedIssuer([cert({ CN: 'DigiCert Global Root G2' })], ['Apple', 'DigiCert'])).toBe(true);
  });
  it('never matches on the leaf subject', () => {
    expect(chainHasExpectedIssuer([cert({ CN: 'Corp MITM Proxy Root CA', O: 'Corp Security' })], ['apple'])).toBe(false);
  });
  it('formats multi-valued names', () => {
    expect(formatName({ CN: 'x', OU: ['a', 'b'] })).toBe('CN=x, OU=a + b');
  });
});

describe('DNS judgement', () => {
  const host = (over: Partial<HostEvidence['answer']> = {}, endpointOk = true, comparisonVerifies: boolean | null = null): HostEvidence => ({
    answer: {
      host: 'appleid.apple.com',
      system: { addresses: ['17.1.1.1'], cause: null, code: null, durationMs: 3 },
      comparison: null,
      bogons: [],
      verifiedBogons: [],
      ...over,
    },
    endpoint: {
      ...endpoint('appleid', endpointOk ? null : 'tls.hostname'),
      phases: { dns: null, tcp: null, tls: endpointOk ? ({ authorized: true } as never) : null, http: null },
    },
    comparisonVerifies,
  });
  it('genuine answers → pass', () => expect(judgeDns([host()], 'system', null).status).toBe('pass'));
  it('unverified bogon → dns.bogon; fake IP → dns.fakeip', () => {
    expect(
      judgeDns([host({ system: { addresses: ['0.0.0.0'], cause: null, code: null, durationMs: 1 }, bogons: ['0.0.0.0'] }, false)], 'system', null).cause,
    ).toBe('dns.bogon');
    expect(
      judgeDns([host({ system: { addresses: ['198.18.0.3'], cause: null, code: null, durationMs: 1 }, bogons: ['198.18.0.3'] }, false)], 'system', null).cause,
    ).toBe('dns.fakeip');
  });
  it('a bogon that verified TLS is genuine', () => {
    expect(judgeDns([host({ bogons: ['127.0.0.1'], verifiedBogons: ['127.0.0.1'] })], 'system', null).status).toBe('pass');
  });
  it('differing answers whose comparison verifies → dns.inconsistent', () => {
    expect(judgeDns([host({}, false, true)], '10.0.0.1:53', '9.9.9.9:53')).toMatchObject({ status: 'fail', cause: 'dns.inconsistent' });
  });
  it('nothing resolves → the resolution cause', () => {
    const fail = host({ system: { addresses: [], cause: 'dns.servfail', code: 'ESERVFAIL', durationMs: 1 } }, false);
    expect(judgeDns([fail, fail], 'system', null)).toMatchObject({ status: 'fail', cause: 'dns.servfail' });
    expect(judgeDns([fail, host()], 'system', null)).toMatchObject({ status: 'warn', cause: 'dns.servfail' });
  });
});
