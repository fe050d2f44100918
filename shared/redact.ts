/**
 * Redaction of personal data in anything that leaves the Mac (support report, logs): the Apple
 * Account id and name, e-mail addresses, phone numbers, IP and MAC addresses, user names in home
 * paths and this computer's name. Pure, never throws.
 *
 * What is deliberately KEPT, because it is evidence and identifies nobody: Apple's own addresses
 * (17.0.0.0/8 and Apple's IPv6 prefixes — proof that DNS answered genuinely), loopback and
 * unspecified addresses, and the fake-IP range 198.18.0.0/15 used by proxy apps. Private
 * addresses keep their class ("[private IPv4]") so support can still see a DNS answer was private.
 * Credentials inside URLs are removed ALWAYS, even when the user includes personal details.
 * (Approach after mattermost/desktop `src/main/diagnostics/steps/internal/obfuscators.ts`.)
 */

export interface RedactOptions {
  /** Exact strings to hide wherever they appear: account id, display name, computer name. */
  secrets?: readonly (string | null | undefined)[];
  /** Keep IP and MAC addresses (redaction level `identity`). */
  keepAddresses?: boolean;
}

export const REDACTED = '[redacted]';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+(?::[^\s/@]*)?@/gi;
const HOME_PATH = /(\/Users\/|\/home\/|[A-Za-z]:\\Users\\)(?!\[user\])[^/\\\s"'`]+/g;
const LOCAL_HOST = /\b[A-Za-z0-9][A-Za-z0-9-]*\.local\b/g;
// International numbers need a leading "+"; North American ones the 3-3-4 shape. Dates (4-2-2),
// times, durations and version numbers match neither.
const PHONE_INTL = /(?<![\w+])\+\d(?:[ ().-]{0,2}\d){6,14}(?!\w)/g;
const PHONE_NANP = /(?<![\w.:/-])\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?![\w.:/-])/g;
const IPV4 = /(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\.?\w)/g;
const IPV6_CANDIDATE = /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|:)?(?![\w:])/g;
const MAC = /(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}(?![0-9A-Fa-f:])/g;

/** Apple's IPv6 allocations (ARIN/RIPE/APNIC): 2620:149::/32, 2a01:b740::/32, 2403:300::/32. */
const APPLE_V6 = /^(2620:149|2a01:b740|2403:300):/i;

function classifyV4(parts: number[]): 'keep' | 'private' | 'public' {
  const [a, b] = parts as [number, number];
  if (a === 17 || a === 127 || (a === 0 && parts.every((p) => p === 0)) || (a === 198 && (b === 18 || b === 19))) return 'keep';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254)) {
    return 'private';
  }
  return 'public';
}

/** True when `s` is a syntactically valid IPv6 address (no embedded IPv4, no zone). */
export function isIPv6(s: string): boolean {
  if (s.length < 2 || s.length > 39) return false;
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const all = halves.flatMap(groups);
  if (!all.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? all.length <= 7 : all.length === 8;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Remove `user:password@` from URLs. Applied to every export, personal details or not. */
export function stripUrlCredentials(text: string): string {
  return text.replace(URL_CREDENTIALS, '$1[credentials]@');
}

/** Redact personal data in one string. */
export function redactText(text: string, opts: RedactOptions = {}): string {
  let out = stripUrlCredentials(text);
  const secrets = [...new Set((opts.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.trim().length >= 3))].sort(
    (a, b) => b.length - a.length,
  );
  for (const s of secrets) out = out.replace(new RegExp(escapeRegExp(s), 'gi'), REDACTED);
  out = out.replace(EMAIL, '[email]');
  out = out.replace(HOME_PATH, '$1[user]');
  out = out.replace(LOCAL_HOST, '[computer].local');
  if (opts.keepAddresses) return out.replace(PHONE_INTL, '[phone]').replace(PHONE_NANP, '[phone]');
  out = out.replace(MAC, '[MAC address]');
  out = out.replace(IPV6_CANDIDATE, (m) => {
    if (!isIPv6(m)) return m;
    if (m === '::1' || m === '::' || APPLE_V6.test(m)) return m;
    return /^(fe80|fc|fd)/i.test(m) ? '[private IPv6]' : '[IPv6]';
  });
  out = out.replace(IPV4, (m, ...groups: unknown[]) => {
    const parts = groups.slice(0, 4).map((g) => Number(g));
    if (parts.some((p) => p > 255)) return m;
    const cls = classifyV4(parts);
    return cls === 'keep' ? m : cls === 'private' ? '[private IPv4]' : '[IPv4]';
  });
  out = out.replace(PHONE_INTL, '[phone]');
  out = out.replace(PHONE_NANP, '[phone]');
  return out;
}
