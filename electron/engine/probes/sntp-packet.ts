/**
 * SNTP wire format and maths (RFC 5905 / RFC 4330), pure and never throwing.
 *
 * Why in-house: the npm clients accept kiss-o'-death packets as time samples, skip the origin
 * check, or decode post-2036 timestamps as 1900 (hapijs/sntp lib/index.js, buffcode/ntp-time-sync
 * src/NtpTimeSync.ts, buffcode/ntp-packet-parser src/NtpPacketParser.ts). Validation follows
 * systemd-timesyncd's `manager_receive_response` (systemd/systemd src/timesync/timesyncd-manager.c).
 */

/** Seconds from 1900-01-01 (NTP epoch) to 1970-01-01 (Unix epoch). */
export const NTP_UNIX_DELTA_S = 2_208_988_800n;
const TWO_32 = 2n ** 32n;
const TWO_31 = 2n ** 31n;
const MASK_32 = TWO_32 - 1n;

/** Smallest valid packet: the 48-byte header. Extension fields / MACs (NTS, keys) may follow. */
export const NTP_HEADER_BYTES = 48;

/** Encode Unix ms as a 64-bit NTP timestamp. Seconds wrap modulo 2^32 (era-agnostic on the wire). */
export function encodeNtpTimestamp(unixMs: number): bigint {
  const secs = Math.floor(unixMs / 1000);
  const fracMs = unixMs - secs * 1000;
  const sec = (((BigInt(secs) + NTP_UNIX_DELTA_S) % TWO_32) + TWO_32) % TWO_32;
  const frac = BigInt(Math.min(4_294_967_295, Math.floor((fracMs / 1000) * 4_294_967_296)));
  return (sec << 32n) | frac;
}

/**
 * Decode a 64-bit NTP timestamp to Unix ms, choosing the era (RFC 5905 §6) that puts it within
 * ±2^31 s (≈ 68 years) of `pivotUnixMs` (the local clock), so 2036-02-07 rolls over correctly.
 */
export function decodeNtpTimestamp(raw: bigint, pivotUnixMs: number): number {
  const sec = (raw >> 32n) & MASK_32;
  const frac = raw & MASK_32;
  const pivot = BigInt(Math.floor(pivotUnixMs / 1000)) + NTP_UNIX_DELTA_S;
  let full = (pivot / TWO_32) * TWO_32 + sec;
  if (full - pivot >= TWO_31) full -= TWO_32;
  else if (pivot - full > TWO_31) full += TWO_32;
  return Number(full - NTP_UNIX_DELTA_S) * 1000 + (Number(frac) * 1000) / 4_294_967_296;
}

/**
 * A client request (LI 0, version 4, mode 3). The transmit field carries a random cookie rather
 * than our clock (data minimisation, and the server must echo it as "origin": anti-spoofing).
 */
export function buildRequest(cookie: bigint): Buffer {
  const buf = Buffer.alloc(NTP_HEADER_BYTES);
  buf[0] = (0 << 6) | (4 << 3) | 3;
  buf.writeBigUInt64BE(cookie & (TWO_32 * TWO_32 - 1n), 40);
  return buf;
}

/** Header fields of a reply, timestamps still raw. */
export interface NtpHeader {
  leap: number;
  version: number;
  mode: number;
  stratum: number;
  /** Root delay / dispersion of the server, ms. */
  rootDelayMs: number;
  rootDispersionMs: number;
  /** Reference ID as ASCII (the kiss code when stratum is 0). */
  refId: string;
  origin: bigint;
  receive: bigint;
  transmit: bigint;
}

/** Outcome codes recorded per attempt (ClockData.attempts[].outcome). */
export type SntpRejection =
  | 'NTP_SHORT'
  | 'NTP_BOGUS_ORIGIN'
  | 'NTP_BAD_MODE'
  | 'NTP_BAD_VERSION'
  | 'NTP_KOD'
  | 'NTP_UNSYNCHRONIZED'
  | 'NTP_BAD_STRATUM'
  | 'NTP_ZERO_XMT'
  | 'NTP_BAD_ROOT_DISTANCE';

/** Validation verdict for one datagram. `ignore` = not an answer to us: keep waiting. */
export type ReplyCheck =
  | { kind: 'ok'; header: NtpHeader; cookie: bigint }
  | { kind: 'ignore'; code: SntpRejection }
  | { kind: 'reject'; code: SntpRejection; header: NtpHeader; kiss: string | null };

/** A server whose root distance exceeds this is not a usable time source (systemd: 5 s; ntpd: 1.5 s). */
export const MAX_ROOT_DISTANCE_MS = 5_000;

/** Parse the 48-byte header. Null when too short. */
export function parseHeader(buf: Uint8Array): NtpHeader | null {
  if (buf.length < NTP_HEADER_BYTES) return null;
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const b0 = b[0]!;
  return {
    leap: b0 >> 6,
    version: (b0 >> 3) & 0x07,
    mode: b0 & 0x07,
    stratum: b[1]!,
    rootDelayMs: (b.readUInt32BE(4) / 65536) * 1000,
    rootDispersionMs: (b.readUInt32BE(8) / 65536) * 1000,
    refId: b.toString('latin1', 12, 16).replace(/\0+$/, ''),
    origin: b.readBigUInt64BE(24),
    receive: b.readBigUInt64BE(32),
    transmit: b.readBigUInt64BE(40),
  };
}

/**
 * Validate a datagram against the cookies we sent. Anything that cannot be proven to answer our
 * request (too short to carry the origin, wrong origin) is ignored, never trusted; a genuine
 * answer that is not a usable time sample is rejected with its reason. A kiss-o'-death is never a
 * sample: ntpd fills its timestamps with our own cookie, which would read as "offset ≈ 0".
 */
export function checkReply(buf: Uint8Array, cookies: readonly bigint[]): ReplyCheck {
  const h = parseHeader(buf);
  if (!h) return { kind: 'ignore', code: 'NTP_SHORT' };
  const cookie = cookies.find((c) => c === h.origin);
  if (cookie === undefined) return { kind: 'ignore', code: 'NTP_BOGUS_ORIGIN' };
  const reject = (code: SntpRejection, kiss: string | null = null): ReplyCheck => ({ kind: 'reject', code, header: h, kiss });
  if (h.mode !== 4) return reject('NTP_BAD_MODE');
  if (h.version !== 3 && h.version !== 4) return reject('NTP_BAD_VERSION');
  if (h.stratum === 0) return reject('NTP_KOD', /^[\x20-\x7e]{1,4}$/.test(h.refId) ? h.refId : null);
  if (h.leap === 3) return reject('NTP_UNSYNCHRONIZED');
  if (h.stratum >= 16) return reject('NTP_BAD_STRATUM');
  if (h.transmit === 0n || h.receive === 0n) return reject('NTP_ZERO_XMT');
  if (h.rootDelayMs / 2 + h.rootDispersionMs > MAX_ROOT_DISTANCE_MS) return reject('NTP_BAD_ROOT_DISTANCE');
  return { kind: 'ok', header: h, cookie };
}

/** One clock sample. offset = true time − local clock (positive: local clock behind). */
export interface SntpMath {
  offsetMs: number;
  delayMs: number;
  /** |true offset − offsetMs| ≤ errorBoundMs: δ/2 + root distance (rootDelay/2 + rootDispersion). */
  errorBoundMs: number;
}

/**
 * RFC 5905 §8: θ = ((T2−T1)+(T3−T4))/2, δ = (T4−T1)−(T3−T2). Any path asymmetry shifts θ by at
 * most δ/2, and the server itself is only as good as its root distance — hence the bound.
 * A negative δ (server processing longer than the round trip: a lying or broken server) is
 * clamped to 0 for the bound, but reported as measured.
 */
export function sntpMath(t1: number, t2: number, t3: number, t4: number, rootDelayMs: number, rootDispersionMs: number): SntpMath {
  const offsetMs = (t2 - t1 + (t3 - t4)) / 2;
  const delayMs = t4 - t1 - (t3 - t2);
  const errorBoundMs = Math.max(0, delayMs) / 2 + rootDelayMs / 2 + rootDispersionMs;
  return { offsetMs, delayMs, errorBoundMs };
}
