/**
 * Pure helpers for proxy routing: bypass lists (macOS ExceptionsList, NO_PROXY), proxy URLs and
 * Chromium's PAC result strings. No I/O.
 */
import net from 'node:net';
import { stripUrlCredentials } from '../../../shared/redact';

/** One entry of a Chromium proxy list ("PROXY h:p; DIRECT"). */
export type ProxyListEntry = { kind: 'direct' } | { kind: 'proxy'; scheme: string; host: string; port: number };

const DEFAULT_PORTS: Record<string, number> = { PROXY: 80, HTTPS: 443, SOCKS: 1080, SOCKS4: 1080, SOCKS5: 1080, QUIC: 443 };

/**
 * Parse a Chromium proxy list as returned by `session.resolveProxy` (net/proxy_resolution
 * ProxyList::ToPacString): entries separated by ";", each "DIRECT" or "<SCHEME> host[:port]".
 * Unknown entries are skipped.
 */
export function parseChromiumProxyList(s: string): ProxyListEntry[] {
  const out: ProxyListEntry[] = [];
  for (const raw of s.split(';')) {
    const entry = raw.trim();
    if (/^DIRECT$/i.test(entry)) {
      out.push({ kind: 'direct' });
      continue;
    }
    const m = /^([A-Za-z0-9]+)\s+(\S+)$/.exec(entry);
    if (!m) continue;
    const scheme = m[1]!.toUpperCase();
    const hp = splitHostPortLoose(m[2]!, DEFAULT_PORTS[scheme] ?? 80);
    if (hp) out.push({ kind: 'proxy', scheme, ...hp });
  }
  return out;
}

/** "host", "host:port", "[v6]:port" → parts (null when malformed). */
export function splitHostPortLoose(s: string, defaultPort: number): { host: string; port: number } | null {
  const m = /^(\[[0-9A-Fa-f:.]+\]|[^:[\]\s]+)(?::(\d{1,5}))?$/.exec(s);
  if (!m) return null;
  const port = m[2] === undefined ? defaultPort : Number(m[2]);
  if (port < 1 || port > 65535) return null;
  return { host: m[1]!.replace(/^\[(.*)\]$/, '$1'), port };
}

/**
 * Parse an HTTP proxy URL from the config or the environment ("http://host:port",
 * "host:port", credentials allowed and dropped). Only plain-HTTP proxies are usable by the probes
 * (they speak HTTP CONNECT in clear text); `https://` and `socks*://` give null.
 */
export function parseHttpProxyUrl(s: string): { host: string; port: number } | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `http://${s}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' || url.hostname === '') return null;
  const port = url.port === '' ? 80 : Number(url.port);
  return { host: url.hostname.replace(/^\[(.*)\]$/, '$1'), port };
}

/** Replace credentials in a proxy URL (`http://user:pass@h` → `http://[credentials]@h`): the shared policy's rule. */
export function redactProxyUrl(s: string): string {
  return stripUrlCredentials(s);
}

function normalizeHost(host: string): string {
  return host
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
}

/**
 * Does `host` match one macOS bypass entry ("Bypass proxy settings for these Hosts & Domains")?
 * Follows Chromium's reading of the same list (net/proxy_resolution/proxy_config_service_mac.cc
 * feeds each entry to ProxyBypassRules): `*` is a wildcard, a leading "." means "any subdomain",
 * a bare name matches exactly; plus CIDR blocks in macOS's abbreviated form (`169.254/16`, the
 * default entry).
 */
export function matchesBypassEntry(host: string, entry: string): boolean {
  const h = normalizeHost(host);
  const e = entry.trim().toLowerCase();
  if (e === '') return false;
  if (e.includes('/')) return inCidr(h, e);
  const pattern = e.startsWith('.') ? `*${e}` : e;
  if (!pattern.includes('*')) return h === normalizeHost(pattern);
  const re = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`);
  return re.test(h);
}

/** True when `host` should bypass the system proxy. */
export function isBypassed(host: string, exceptions: readonly string[], excludeSimpleHostnames: boolean): boolean {
  const h = normalizeHost(host);
  if (excludeSimpleHostnames && !h.includes('.') && !h.includes(':')) return true;
  return exceptions.some((e) => matchesBypassEntry(h, e));
}

/**
 * NO_PROXY as curl reads it: comma/space separated; `*` matches everything; a name matches
 * itself and its subdomains (a leading "." or "*." is ignored); `name:port` only on that port;
 * IP literals and CIDR blocks match addresses.
 */
export function noProxyMatches(host: string, port: number, noProxy: string): boolean {
  const h = normalizeHost(host);
  for (const raw of noProxy.split(/[\s,]+/)) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    if (entry === '*') return true;
    if (entry.includes('/')) {
      if (inCidr(h, entry)) return true;
      continue;
    }
    const m = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(entry.replace(/^\*?\./, ''));
    if (!m) continue;
    if (m[2] !== undefined && Number(m[2]) !== port) continue;
    const name = normalizeHost(m[1]!);
    if (h === name || (!net.isIP(name) && h.endsWith(`.${name}`))) return true;
  }
  return false;
}

/** IPv4 CIDR membership; macOS lets trailing octets be omitted ("169.254/16"). */
function inCidr(host: string, cidr: string): boolean {
  const [base, bitsText] = cidr.split('/');
  if (base === undefined || bitsText === undefined || !/^\d{1,2}$/.test(bitsText) || !net.isIPv4(host)) return false;
  const octets = base.split('.');
  if (octets.length < 1 || octets.length > 4 || octets.some((o) => !/^\d{1,3}$/.test(o) || Number(o) > 255)) return false;
  while (octets.length < 4) octets.push('0');
  const bits = Number(bitsText);
  if (bits > 32) return false;
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return (ipv4ToInt(host) & mask) >>> 0 === (ipv4ToInt(octets.join('.')) & mask) >>> 0;
}

function ipv4ToInt(ip: string): number {
  return ip.split('.').reduce((acc, o) => ((acc << 8) | Number(o)) >>> 0, 0);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
