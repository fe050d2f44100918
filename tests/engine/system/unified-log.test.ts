/**
 * The unified-log reader and the code mapper on every real line in tests/fixtures/macos
 * (unified-log.real-messages.txt, log-show-ndjson.real-lines.ndjson), plus the window, success
 * markers, redaction and the streaming caps.
 */
import { describe, expect, it } from 'vitest';
import { parseLogLine, parseLogTimestamp } from '../../../electron/engine/system/parsers/unified-log';
import { AppleLogCollector } from '../../../electron/engine/system/parsers/unified-log-events';
import { UnifiedLogStream } from '../../../electron/engine/system/parsers/unified-log-stream';
import { AK_AUTHENTICATION_ERRORS } from '../../../shared/apple-codes/authkit';
import { interpretMessage } from '../../../shared/apple-codes/extract';
import { ALL_TABLES } from '../../../shared/apple-codes/lookup';
import { redactLogMessage } from '../../../shared/apple-codes/redact-log';
import { isCause } from '../../../shared/causes';
import { fixture } from './helpers';

const messages = fixture('unified-log.real-messages.txt')
  .split('\n')
  .filter((l) => l.trim() !== '');
const at = (m: string) => messages.find((l) => l.includes(m))!;

describe('code tables', () => {
  it('every entry has a symbolic name, a plain meaning, a source and a cause from the vocabulary (or none)', () => {
    for (const [domain, table] of Object.entries(ALL_TABLES)) {
      for (const [code, e] of Object.entries(table)) {
        expect(e.name, `${domain} ${code}`).toMatch(/\w/);
        expect(e.meaning.length, `${domain} ${code}`).toBeGreaterThan(10);
        expect(e.source, `${domain} ${code}`).toMatch(/^https:\/\/|repository not identified/);
        if (e.cause !== null) expect(isCause(e.cause)).toBe(true);
      }
    }
  });

  it('covers AuthKit -7001…-7065 (gaps as in the header) plus -7066/-7073/-7075', () => {
    const codes = Object.keys(AK_AUTHENTICATION_ERRORS).map(Number);
    for (const c of [-7001, -7006, -7020, -7028, -7030, -7035, -7036, -7041, -7065, -7066, -7073, -7075]) expect(codes).toContain(c);
    expect(AK_AUTHENTICATION_ERRORS[-7035]).toMatchObject({ name: 'AKAppleIDAuthenticationErrorNoCodeReceived', cause: 'auth.code_not_delivered' });
    expect(AK_AUTHENTICATION_ERRORS[-7003]).toMatchObject({ family: 'info', cause: null });
  });
});

describe('codes from real messages', () => {
  it.each([
    ['AKAuthenticationError error -7044.', 'AKAuthenticationError', -7044, null],
    ['error.baa Code=-10000', 'com.apple.devicecheck.error.baa', -10000, 'auth.attestation_failed'],
    ['Code=-7066', 'AKAuthenticationError', -7066, 'auth.attestation_failed'],
    ['Code=-8008', 'AKAnisetteError', -8008, 'auth.attestation_failed'],
    ['Code=-8001', 'AKAnisetteError', -8001, null],
    ['Code=-7018', 'AKAuthenticationError', -7018, null],
    ['Code=-7075', 'AKAuthenticationError', -7075, null],
    ['Code=-7026', 'AKAuthenticationError', -7026, null],
    ['failed to obtain a BAA cert', 'apsd', null, 'auth.attestation_failed'],
    ['exception: -2147408896', 'CSSM', -2147408896, 'tls.hostname'],
    ['isPNRSupported', 'NSPOSIXErrorDomain', 35, null],
    ['evaluation failed(-9802)', 'kCFStreamErrorDomainSSL', -9802, 'tls.untrusted'],
    ['encountered error 3:-9802', 'kCFStreamErrorDomainSSL', -9802, 'tls.untrusted'],
    ['-1200 [3:-9802]', 'kCFStreamErrorDomainSSL', -9802, 'tls.untrusted'],
    ['failed to connect 12:8', 'kCFStreamErrorDomainNetDB', 8, 'dns.nxdomain'],
    ['-1003 [12:8]', 'kCFStreamErrorDomainNetDB', 8, 'dns.nxdomain'],
    ['failed to connect 1:50', 'kCFStreamErrorDomainPOSIX', 50, 'net.offline'],
    ['-1009 [1:50]', 'kCFStreamErrorDomainPOSIX', 50, 'net.offline'],
    ['-1001 [1:60]', 'kCFStreamErrorDomainPOSIX', 60, 'tcp.timeout'],
    ['kCFStreamErrorDomainSSL, -9843', 'kCFStreamErrorDomainSSL', -9843, 'tls.hostname'],
    ['[leaf TemporalValidity]', 'trustd', null, 'tls.expired'],
    ['[leaf LeafMarkerOid]', 'trustd', null, 'tls.untrusted'],
    ['yielded status(-9802)', 'kCFStreamErrorDomainSSL', -9802, 'tls.untrusted'],
  ] as const)('%s → %s %s (%s)', (needle, domain, code, cause) => {
    const p = interpretMessage(at(needle)).primary;
    expect(p).toMatchObject({ domain, code });
    expect(p?.entry?.cause ?? null).toBe(cause);
  });

  it('keeps every code of a line: -1003 [12:8] carries the NSURL code and the NetDB pair', () => {
    expect(interpretMessage(at('-1003 [12:8]')).all.map((f) => `${f.domain} ${f.code}`)).toEqual(['NSURLErrorDomain -1003', 'kCFStreamErrorDomainNetDB 8']);
  });

  it.each([
    'AnchorTrusted',
    'Failed entitlement check',
    'lacks APSConnectionInitiateEntitlement',
    'NOT a SecureToken user',
    'Updating token',
    'errSecInteractionNotAllowed',
  ])('finds no failure in a line without a known failure shape: %s', (needle) => {
    expect(interpretMessage(at(needle)).primary).toBeNull();
  });

  it('recognises only the success marker seen in real apsd lines', () => {
    expect(interpretMessage(at('obtained BAA certs!')).success).toBe('obtained BAA certs');
    expect(interpretMessage(at('failed to obtain a BAA cert')).success).toBeNull();
  });
});

describe('ndjson lines', () => {
  const [symptomsd, coreaudiod] = fixture('log-show-ndjson.real-lines.ndjson').trim().split('\n');

  it('reads real records: process = basename of processImagePath, timestamp with offset', () => {
    expect(parseLogLine(symptomsd!)).toEqual({
      kind: 'record',
      record: {
        at: Date.parse('2026-08-27T22:19:30.831+08:00'),
        process: 'symptomsd',
        subsystem: 'com.apple.symptomsd',
        category: null,
        messageType: 'Default',
        message: 'TCP metrics iteration:4',
      },
    });
    expect(parseLogLine(coreaudiod!)).toMatchObject({ kind: 'record', record: { process: 'coreaudiod', category: 'BTAudio' } });
  });

  it('tells the banner, the trailer, truncated and non-JSON lines apart; none is a record', () => {
    expect(parseLogLine('Filtering the log data using "process == \\"biometrickitd\\""')).toEqual({ kind: 'banner' });
    expect(parseLogLine('{"count":12,"finished":1}')).toEqual({ kind: 'trailer', count: 12 });
    expect(parseLogLine(symptomsd!.slice(0, 120))).toEqual({ kind: 'unreadable' });
    expect(parseLogLine('Timestamp                       Thread     Type        Activity             PID    TTL  ')).toEqual({ kind: 'unreadable' });
    expect(parseLogLine('{"eventMessage":"x","timestamp":"2026-02-31 10:00:00.000000+0000","processImagePath":"/usr/libexec/akd"}')).toEqual({
      kind: 'unreadable',
    });
  });

  it('parses timestamps exactly', () => {
    expect(parseLogTimestamp('2025-12-11 12:13:46.490382+0100')).toBe(Date.parse('2025-12-11T11:13:46.490Z'));
    expect(parseLogTimestamp('2026-05-07 19:48:34.701580-0500')).toBe(Date.parse('2026-05-08T00:48:34.701Z'));
    expect(parseLogTimestamp('yesterday')).toBeNull();
  });
});

const NOW = Date.parse('2026-12-01T14:10:00Z');
const rec = (minutesAgo: number, process: string, message: string) => ({
  at: NOW - minutesAgo * 60_000,
  process,
  subsystem: null,
  category: null,
  messageType: 'Error',
  message,
});

describe('collector', () => {
  it('keeps errors inside the window only, collapsing repeats with a count', () => {
    const c = new AppleLogCollector({ now: NOW, windowMs: 15 * 60_000 });
    c.add(rec(120, 'akd', 'Error Domain=AKAuthenticationError Code=-7035 "(null)"'));
    c.add(rec(5, 'akd', at('Code=-7066')));
    c.add(rec(3, 'akd', at('Code=-7066')));
    c.add(rec(2, 'Safari', at('Code=-7066'))); // not one of Apple's sign-in daemons
    const r = c.result();
    expect(r.outsideWindow).toBe(1);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({
      process: 'akd',
      code: -7066,
      count: 2,
      at: new Date(NOW - 3 * 60_000).toISOString(),
      firstAt: new Date(NOW - 5 * 60_000).toISOString(),
    });
  });

  it('a later "obtained BAA certs" clears apsd’s BAA failure; an earlier one does not', () => {
    const cleared = new AppleLogCollector({ now: NOW, windowMs: 15 * 60_000 });
    cleared.add(rec(6, 'apsd', at('failed to obtain a BAA cert')));
    cleared.add(rec(2, 'apsd', at('obtained BAA certs!')));
    expect(cleared.result()).toMatchObject({ events: [], cleared: 1 });
    const standing = new AppleLogCollector({ now: NOW, windowMs: 15 * 60_000 });
    standing.add(rec(6, 'apsd', at('obtained BAA certs!')));
    standing.add(rec(2, 'apsd', at('failed to obtain a BAA cert')));
    expect(standing.result().events).toHaveLength(1);
  });

  it('stores messages with e-mails, phone numbers, DSIDs and user paths redacted', () => {
    const m = redactLogMessage(
      'Error Domain=AKAuthenticationError Code=-7006 UserInfo={AKUsername=jane@example.com, DSID=1234567890, phone +1 408 555 0100, path /Users/jane/Library} altDSID: 001234-05-abcdef',
    );
    expect(m).toContain('Code=-7006');
    for (const secret of ['jane@example.com', '1234567890', '555 0100', '/Users/jane', '001234-05-abcdef']) expect(m).not.toContain(secret);
  });
});

describe('stream', () => {
  const line = (n: number) =>
    `{"processImagePath":"\\/usr\\/libexec\\/akd","timestamp":"2026-12-01 14:0${n}:00.000000+0000","eventMessage":"AKAuthenticationError Code=-7035 n${n}"}`;

  it('reads records across arbitrary chunk boundaries, the trailer and an unterminated last line', () => {
    const got: string[] = [];
    const s = new UnifiedLogStream({ maxBytes: 1e6, maxLines: 100, maxLineChars: 10_000 }, (r) => got.push(r.message));
    const text = `${line(1)}\n${line(2)}\n{"count":2,"finished":1}\n${line(3)}`;
    for (let i = 0; i < text.length; i += 7) s.push(Buffer.from(text.slice(i, i + 7)));
    expect(s.end()).toMatchObject({ records: 3, finished: true, limit: null, unreadable: 0 });
    expect(got).toEqual(['AKAuthenticationError Code=-7035 n1', 'AKAuthenticationError Code=-7035 n2', 'AKAuthenticationError Code=-7035 n3']);
  });

  it('stops at the byte cap and at the line cap, and never parses the line the cap cut', () => {
    const bytes = new UnifiedLogStream({ maxBytes: line(1).length + 10, maxLines: 100, maxLineChars: 10_000 }, () => {});
    expect(bytes.push(`${line(1)}\n${line(2)}\n`)).toBe(false);
    expect(bytes.end()).toMatchObject({ records: 1, limit: 'bytes' });
    const lines = new UnifiedLogStream({ maxBytes: 1e6, maxLines: 2, maxLineChars: 10_000 }, () => {});
    expect(lines.push(`${line(1)}\n${line(2)}\n${line(3)}\n`)).toBe(false);
    expect(lines.end()).toMatchObject({ records: 2, limit: 'lines' });
  });

  it('an over-long line is unreadable, not parsed, and memory stays bounded', () => {
    const s = new UnifiedLogStream({ maxBytes: 1e7, maxLines: 100, maxLineChars: 1000 }, () => {});
    s.push(`{"eventMessage":"${'x'.repeat(5000)}"}\n${line(1)}\n`);
    expect(s.end()).toMatchObject({ records: 1, unreadable: 1 });
  });

  it('decodes UTF-8 split across chunks', () => {
    const got: string[] = [];
    const s = new UnifiedLogStream({ maxBytes: 1e6, maxLines: 100, maxLineChars: 10_000 }, (r) => got.push(r.message));
    const buf = Buffer.from(`{"processImagePath":"/usr/libexec/akd","timestamp":"2026-12-01 14:00:00.000000+0000","eventMessage":"couldn’t"}\n`);
    const cut = buf.indexOf(0xe2) + 1;
    s.push(buf.subarray(0, cut));
    s.push(buf.subarray(cut));
    s.end();
    expect(got).toEqual(['couldn’t']);
  });
});
