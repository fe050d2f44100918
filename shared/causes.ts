/**
 * The closed cause vocabulary. These exact spellings are a public contract: the UI, the alerts,
 * the JSON report and admins' scripts switch on them, never on message text.
 *
 * Naming follows `phase.reason` (OONI-style classification, ooni/spec data-formats/df-007-errors.md).
 */
export const CAUSES = [
  // Name resolution
  'dns.nxdomain',
  'dns.nodata',
  'dns.servfail',
  'dns.refused',
  'dns.timeout',
  'dns.unreachable',
  'dns.badresp',
  'dns.bogon',
  'dns.fakeip',
  'dns.inconsistent',
  'dns.split_captures_apple',
  // TCP connect
  'tcp.refused',
  'tcp.timeout',
  'tcp.reset',
  'tcp.unreachable',
  // TLS handshake and certificate
  'tls.untrusted',
  'tls.intercepted',
  'tls.expired',
  'tls.not_yet_valid',
  'tls.hostname',
  'tls.not_tls',
  'tls.reset',
  'tls.closed',
  'tls.timeout',
  'tls.protocol',
  'tls.revoked',
  // HTTP exchange
  'http.server_error',
  'http.rate_limited',
  'http.timeout',
  'http.redirect',
  'http.truncated',
  'http.unexpected',
  // Local network environment
  'net.offline',
  'captive.detected',
  'proxy.down',
  'proxy.auth_required',
  'proxy.bad_gateway',
  'proxy.timeout',
  'proxy.pac_unavailable',
  'vpn.active',
  'vpn.default_route',
  'push.blocked',
  'push.fallback_only',
  // Time
  'clock.skew',
  'clock.unverifiable',
  'time.auto_off',
  // Apple's side
  'apple.outage',
  'apple.maintenance',
  'apple.degraded',
  'apple.status_unknown',
  // This Mac
  'keychain.duplicates',
  'keychain.stale',
  'firewall.block_all',
  'macos.outdated',
  'account.signed_out',
  // Could not run
  'cmd.missing',
  'cmd.timeout',
  'cmd.failed',
  'cmd.unparseable',
  'probe.failed',
  // Apple's own software reported it (unified log, apple-log check): the account or this Mac's identity
  'auth.wrong_password',
  'auth.too_many_attempts',
  'auth.locked',
  'auth.code_not_delivered',
  'auth.code_rejected',
  'auth.no_push_token',
  'auth.attestation_failed',
] as const;

/** One cause from the closed vocabulary. */
export type Cause = (typeof CAUSES)[number];

const CAUSE_SET: ReadonlySet<string> = new Set(CAUSES);

/** Type guard: is `value` a cause from the closed vocabulary? */
export function isCause(value: unknown): value is Cause {
  return typeof value === 'string' && CAUSE_SET.has(value);
}
