/**
 * Bogon addresses: answers that cannot be a public Apple server (OONI's list,
 * ooni/probe-cli internal/netxlite/bogon.go).
 * 198.18.0.0/15 is singled out: proxy/VPN apps answer DNS with stand-in "fake IPs" from it
 * (Clash `fake-ip-range` default), which is a different diagnosis from a blocklist sinkhole.
 *
 * A bogon is only the *cause* of a failure when the connection to it fails or does not verify;
 * an address that completes a verified TLS handshake for the real hostname is genuine (OONI E001).
 */
import net from 'node:net';
import type { EndpointFailure } from '../../../shared/checks';

const V4_BOGONS: [string, number][] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];

/** Dotted-quad IPv4 (exactly four decimal parts of 1–3 digits, each ≤ 255) as a number; else null. */
function v4ToInt(ip: string): number | null {
  let n = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < ip.length; i++) {
    const c = ip.charCodeAt(i);
    if (c === 46) {
      // '.'
      if (digits === 0 || part > 255) return null;
      n = n * 256 + part;
      part = 0;
      digits = 0;
      if (++dots > 3) return null;
    } else if (c >= 48 && c <= 57 && digits < 3) {
      part = part * 10 + (c - 48);
      digits++;
    } else {
      return null;
    }
  }
  if (dots !== 3 || digits === 0 || part > 255) return null;
  return n * 256 + part;
}

/** `ip` (as a number) is inside `base`/`bits`. */
function inV4(ip: number, base: number, bits: number): boolean {
  const size = 2 ** (32 - bits);
  return Math.floor(ip / size) === Math.floor(base / size);
}

/** V4_BOGONS parsed once: every lookup of every check asks about each answer. */
const V4_RANGES: readonly (readonly [number, number])[] = V4_BOGONS.map(([base, bits]) => [v4ToInt(base) ?? 0, bits]);
const FAKE_IP_BASE = v4ToInt('198.18.0.0') ?? 0;

/** Expand an IPv6 address to its 8 16-bit groups; null when not IPv6. */
function v6Groups(ip: string): number[] | null {
  if (!net.isIPv6(ip)) return null;
  let s = ip.split('%')[0] ?? ip;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    const n = v4ToInt(v4[1] ?? '');
    if (n === null) return null;
    s = `${s.slice(0, v4.index)}${Math.floor(n / 65536).toString(16)}:${(n % 65536).toString(16)}`;
  }
  const [head = '', tail] = s.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array<string>(8 - h.length - t.length).fill('0');
  const groups = [...h, ...fill, ...t].map((g) => Number.parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => Number.isFinite(g)) ? groups : null;
}

/** The IPv4 address inside an IPv4-mapped IPv6 address (::ffff:a.b.c.d), else null. */
function mappedV4(groups: number[]): string | null {
  if (groups.slice(0, 5).some((g) => g !== 0) || groups[5] !== 0xffff) return null;
  const hi = groups[6] ?? 0;
  const lo = groups[7] ?? 0;
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

/** True for an address in a bogon range (IPv4, IPv6, or IPv4-mapped IPv6). Non-IP input: false. */
export function isBogon(ip: string): boolean {
  const n = v4ToInt(ip);
  if (n !== null) return V4_RANGES.some(([base, bits]) => inV4(n, base, bits));
  const g = v6Groups(ip);
  if (!g) return false;
  const mapped = mappedV4(g);
  if (mapped) return isBogon(mapped);
  const first = g[0] ?? 0;
  if (g.every((x) => x === 0)) return true; // ::
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return true; // ::1
  if ((first & 0xfe00) === 0xfc00) return true; // fc00::/7 unique local
  if ((first & 0xffc0) === 0xfe80) return true; // fe80::/10 link local
  if ((first & 0xff00) === 0xff00) return true; // ff00::/8 multicast
  return first === 0x2001 && g[1] === 0x0db8; // 2001:db8::/32 documentation
}

/** True for a "fake-IP" address (198.18.0.0/15, also IPv4-mapped). */
export function isFakeIp(ip: string): boolean {
  const g = v6Groups(ip);
  const v4 = g ? mappedV4(g) : ip;
  const n = v4 ? v4ToInt(v4) : null;
  return n !== null && inV4(n, FAKE_IP_BASE, 15);
}

/** The bogons among `addresses`, in order. */
export function bogonsOf(addresses: readonly string[]): string[] {
  return addresses.filter(isBogon);
}

/**
 * OONI's rule: a bogon answer is the cause only when the connection to it fails or does not
 * verify. When every answered address is a bogon and TCP/TLS failed, blame DNS (phase `dns`),
 * keeping the lower-level code and message as evidence. `tls.intercepted` is kept: the handshake
 * did verify, the problem is who signed it.
 */
export function bogonBlame(addresses: readonly string[], failure: EndpointFailure | null): EndpointFailure | null {
  if (!failure || addresses.length === 0 || failure.cause === 'tls.intercepted') return failure;
  if (!addresses.every(isBogon)) return failure;
  const fake = addresses.some(isFakeIp);
  return {
    phase: 'dns',
    cause: fake ? 'dns.fakeip' : 'dns.bogon',
    code: failure.code,
    message: `DNS answered ${addresses.join(', ')} (${fake ? 'a proxy app’s stand-in address' : 'a private or blocked address'}) and ${failure.phase.toUpperCase()} to it failed: ${failure.message}`,
  };
}
