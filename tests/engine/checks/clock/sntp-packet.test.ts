import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRequest, checkReply, decodeNtpTimestamp, encodeNtpTimestamp, sntpMath } from '../../../../electron/engine/probes/sntp-packet';

const T_2036_06_01 = Date.UTC(2036, 5, 1);
const ROLLOVER = Date.UTC(2036, 1, 7, 6, 28, 16);
const COOKIE = 0x0123_4567_89ab_cdefn;

/** A valid server reply to COOKIE, with overrides. */
function reply(
  o: {
    li?: number;
    vn?: number;
    mode?: number;
    stratum?: number;
    refId?: string;
    origin?: bigint;
    rx?: bigint;
    tx?: bigint;
    rootDispMs?: number;
    bytes?: number;
  } = {},
): Buffer {
  const b = Buffer.alloc(o.bytes ?? 48);
  b[0] = ((o.li ?? 0) << 6) | ((o.vn ?? 4) << 3) | (o.mode ?? 4);
  b[1] = o.stratum ?? 2;
  b.writeUInt32BE(Math.round(((o.rootDispMs ?? 1) / 1000) * 65536), 8);
  b.write(o.refId ?? 'GPS', 12, 'latin1');
  b.writeBigUInt64BE(o.origin ?? COOKIE, 24);
  b.writeBigUInt64BE(o.rx ?? encodeNtpTimestamp(Date.now()), 32);
  b.writeBigUInt64BE(o.tx ?? encodeNtpTimestamp(Date.now()), 40);
  return b;
}

describe('NTP timestamps across the 2036 era rollover', () => {
  it('round-trips 2036-06-01 exactly instead of decoding it as 1900', () => {
    const raw = encodeNtpTimestamp(T_2036_06_01);
    expect(raw >> 32n).toBeLessThan(2n ** 31n); // era 1 on the wire: bit 0 clear
    expect(decodeNtpTimestamp(raw, T_2036_06_01)).toBe(T_2036_06_01);
    expect(new Date(decodeNtpTimestamp(raw, Date.UTC(2026, 0, 1))).toISOString()).toBe('2036-06-01T00:00:00.000Z');
  });

  it('decodes the wrap instant and both sides of it from a pivot on the other side', () => {
    expect(decodeNtpTimestamp(0n, ROLLOVER + 1000)).toBe(ROLLOVER);
    expect(decodeNtpTimestamp(encodeNtpTimestamp(ROLLOVER - 1000), ROLLOVER + 86_400_000)).toBe(ROLLOVER - 1000);
    expect(decodeNtpTimestamp(encodeNtpTimestamp(ROLLOVER + 1000), ROLLOVER - 86_400_000)).toBe(ROLLOVER + 1000);
  });

  it('round-trips any time 1970–2100 from any pivot within 60 years (sub-microsecond)', () => {
    const min = Date.UTC(1970, 0, 1);
    const max = Date.UTC(2100, 0, 1);
    const sixtyYears = 60 * 365 * 86_400_000;
    fc.assert(
      fc.property(fc.double({ min, max, noNaN: true }), fc.double({ min: -sixtyYears, max: sixtyYears, noNaN: true }), (t, d) => {
        expect(Math.abs(decodeNtpTimestamp(encodeNtpTimestamp(t), t + d) - t)).toBeLessThan(0.001);
      }),
      { numRuns: 500 },
    );
  });
});

describe('reply validation', () => {
  it('accepts a well-formed reply, and a longer one carrying a MAC (68 bytes)', () => {
    expect(checkReply(reply(), [COOKIE]).kind).toBe('ok');
    expect(checkReply(reply({ bytes: 68 }), [COOKIE]).kind).toBe('ok');
    expect(checkReply(reply({ vn: 3 }), [COOKIE]).kind).toBe('ok');
  });

  it('never turns a kiss-o’-death into a sample, even with ntpd’s self-echoing timestamps', () => {
    const kod = reply({ li: 3, stratum: 0, refId: 'RATE', rx: COOKIE, tx: COOKIE });
    expect(checkReply(kod, [COOKIE])).toMatchObject({ kind: 'reject', code: 'NTP_KOD', kiss: 'RATE' });
    // A KoD that leaves LI at 0 (ntp-time-sync would use it as a sample) is still a KoD.
    expect(checkReply(reply({ stratum: 0, refId: 'DENY' }), [COOKIE])).toMatchObject({ kind: 'reject', code: 'NTP_KOD', kiss: 'DENY' });
  });

  it.each([
    ['unsynchronised server (LI=3)', reply({ li: 3 }), 'NTP_UNSYNCHRONIZED'],
    ['stratum 16', reply({ stratum: 16 }), 'NTP_BAD_STRATUM'],
    ['zero transmit timestamp', reply({ tx: 0n }), 'NTP_ZERO_XMT'],
    ['client-mode packet', reply({ mode: 3 }), 'NTP_BAD_MODE'],
    ['version 2', reply({ vn: 2 }), 'NTP_BAD_VERSION'],
    ['server 30 s away from true time', reply({ rootDispMs: 30_000 }), 'NTP_BAD_ROOT_DISTANCE'],
  ])('rejects %s', (_name, packet, code) => {
    expect(checkReply(packet, [COOKIE])).toMatchObject({ kind: 'reject', code });
  });

  it('ignores (keeps waiting past) packets that cannot be proven to answer us', () => {
    expect(checkReply(reply().subarray(0, 47), [COOKIE])).toEqual({ kind: 'ignore', code: 'NTP_SHORT' });
    expect(checkReply(reply({ origin: COOKIE + 1n }), [COOKIE])).toEqual({ kind: 'ignore', code: 'NTP_BOGUS_ORIGIN' });
    expect(checkReply(reply({ origin: 0n, rx: 0n, tx: 0n }), [COOKIE])).toEqual({ kind: 'ignore', code: 'NTP_BOGUS_ORIGIN' });
  });

  it('sends a 48-byte v4 client request whose transmit field is the cookie, not our clock', () => {
    const req = buildRequest(COOKIE);
    expect(req.length).toBe(48);
    expect(req[0]).toBe(0b00_100_011);
    expect(req.readBigUInt64BE(40)).toBe(COOKIE);
  });
});

describe('offset and delay maths', () => {
  it('positive offset means the local clock is behind', () => {
    // Local clock 600 s behind, 10 ms each way, 1 ms server turnaround.
    const m = sntpMath(1000, 601_010, 601_011, 1021, 0, 0);
    expect(m.offsetMs).toBe(600_000);
    expect(m.delayMs).toBe(20);
  });

  it('the true offset always lies within the error bound, whatever the path asymmetry', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (theta, up, down, turn) => {
          const t1 = 1_700_000_000_000;
          const t2 = t1 + up + theta;
          const t3 = t2 + turn;
          const t4 = t3 - theta + down;
          const m = sntpMath(t1, t2, t3, t4, 0, 0);
          expect(Math.abs(m.offsetMs - theta)).toBeLessThanOrEqual(m.errorBoundMs + 0.001);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('adds the server’s root distance to the bound', () => {
    expect(sntpMath(0, 5, 5, 10, 20, 3).errorBoundMs).toBe(5 + 10 + 3);
  });
});
