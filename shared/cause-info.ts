/**
 * What the engine knows about each cause besides its words: one `Record<Cause, …>`, so adding a
 * cause to the vocabulary without deciding its rank, its light and what it explains fails `tsc`.
 * The words live in `cause-text.ts` and the fix cards in `fixes/cause-map.ts`, both also
 * `Record<Cause, …>`.
 */
import type { Cause } from './causes';

/** How the verdict treats a cause. */
export interface CauseTraits {
  /**
   * How much a cause explains: lower = more fundamental. Local environment first (offline, portal,
   * proxy, clock, interception), then the endpoint chain in phase order (DNS → TCP → TLS → HTTP),
   * then everything that does not stop sign-in by itself.
   */
  rank: number;
  /**
   * When sign-in itself works, does a warning or failure with this cause still turn the light
   * amber? `false`, or the priority among amber causes (1 = shown first).
   */
  amber: false | number;
  /** Endpoint failure causes this cause explains when both are seen in one run. */
  explains: readonly Cause[];
  /** A failure a Mac with no usable network produces (no resolver, no route, nothing answers). */
  offlineShaped: boolean;
  /** Local and deterministic: re-probing seconds later cannot change it, so alerts need not wait. */
  deterministic: boolean;
}

const t = (rank: number, more: Partial<Omit<CauseTraits, 'rank'>> = {}): CauseTraits => ({
  rank,
  amber: false,
  explains: [],
  offlineShaped: false,
  deterministic: false,
  ...more,
});

/** Endpoint failures a captive portal produces: redirects, its own certificate or page, hijacked DNS (revk.uk "Captive portals (apple)"). */
const PORTAL_SYMPTOMS: readonly Cause[] = ['tls.hostname', 'tls.untrusted', 'tls.not_tls', 'http.redirect', 'dns.bogon'];
/** Endpoint failures an outage on Apple's side produces. */
const OUTAGE_SYMPTOMS: readonly Cause[] = ['http.server_error', 'http.rate_limited', 'http.timeout', 'http.truncated'];
/** Connection failures a dead or refusing proxy produces. */
const PROXY_SYMPTOMS: readonly Cause[] = ['tcp.refused', 'tcp.reset', 'tcp.timeout', 'tcp.unreachable'];
/** Certificate failures a wrong clock produces (only when true time puts the certificate back in its window). */
const CLOCK_SYMPTOMS: readonly Cause[] = ['tls.expired', 'tls.not_yet_valid'];
/** Account errors Apple's software logs when codes and attestation, which are time-bound, meet a wrong clock. */
const CLOCK_AUTH_SYMPTOMS: readonly Cause[] = ['auth.no_push_token', 'auth.code_rejected', 'auth.attestation_failed'];
/** Account errors a blocked push port produces: codes and approvals travel over APNs. */
const PUSH_AUTH_SYMPTOMS: readonly Cause[] = ['auth.no_push_token', 'auth.code_not_delivered'];

/** The verdict's view of every cause. */
export const CAUSE_TRAITS: Record<Cause, CauseTraits> = {
  // Local environment: explains what the endpoints then see.
  'net.offline': t(0),
  'captive.detected': t(1, { amber: 5, explains: PORTAL_SYMPTOMS, deterministic: true }),
  'proxy.auth_required': t(2, { explains: PROXY_SYMPTOMS }),
  'proxy.down': t(3, { explains: PROXY_SYMPTOMS }),
  'proxy.bad_gateway': t(4, { explains: PROXY_SYMPTOMS }),
  'proxy.timeout': t(5, { explains: PROXY_SYMPTOMS }),
  'proxy.pac_unavailable': t(6, { amber: 6 }),
  'clock.skew': t(7, { amber: 2, explains: [...CLOCK_SYMPTOMS, ...CLOCK_AUTH_SYMPTOMS], deterministic: true }),
  'tls.intercepted': t(8, { explains: ['auth.attestation_failed'], deterministic: true }),
  // DNS: tampering before plain failures.
  'dns.fakeip': t(9, { amber: 4 }),
  'dns.bogon': t(10, { amber: 4 }),
  'dns.inconsistent': t(11, { amber: 4 }),
  'dns.split_captures_apple': t(12),
  'dns.nxdomain': t(13),
  'dns.nodata': t(14),
  'dns.servfail': t(15),
  'dns.refused': t(16),
  'dns.unreachable': t(17, { offlineShaped: true }),
  'dns.badresp': t(18),
  'dns.timeout': t(19, { offlineShaped: true }),
  // TCP: an active refusal says more than silence.
  'tcp.refused': t(20),
  'tcp.reset': t(21),
  'tcp.unreachable': t(22, { offlineShaped: true }),
  'tcp.timeout': t(23, { offlineShaped: true }),
  // TLS: someone else answering before certificate problems before transport trouble.
  'tls.hostname': t(24),
  'tls.not_tls': t(25),
  'http.redirect': t(26),
  'tls.untrusted': t(27),
  'tls.not_yet_valid': t(28),
  'tls.expired': t(29),
  'tls.revoked': t(30),
  'tls.protocol': t(31),
  'tls.reset': t(32),
  'tls.closed': t(33),
  'tls.timeout': t(34),
  // HTTP.
  'http.server_error': t(35),
  'http.rate_limited': t(36),
  'http.timeout': t(37),
  'http.truncated': t(38),
  'http.unexpected': t(39),
  // Do not stop sign-in by themselves.
  'push.blocked': t(50, { amber: 1, explains: PUSH_AUTH_SYMPTOMS }),
  'push.fallback_only': t(51, { amber: 1 }),
  'apple.outage': t(52, { amber: 3, explains: OUTAGE_SYMPTOMS }),
  'apple.maintenance': t(53, { amber: 3 }),
  'apple.degraded': t(54, { amber: 3 }),
  'apple.status_unknown': t(55),
  'time.auto_off': t(56, { amber: 7 }),
  'clock.unverifiable': t(57),
  'vpn.default_route': t(58),
  'vpn.active': t(59),
  'firewall.block_all': t(60, { amber: 8 }),
  'macos.outdated': t(61, { amber: 9 }),
  'keychain.duplicates': t(62),
  'keychain.stale': t(63),
  'account.signed_out': t(64),
  // What Apple's own software logged about the account or this Mac (the apple-log check); the
  // verdict's log rule (electron/engine/apple-log-verdict.ts) decides their light.
  'auth.locked': t(40),
  'auth.attestation_failed': t(41),
  'auth.too_many_attempts': t(42),
  'auth.wrong_password': t(43),
  'auth.code_rejected': t(44),
  'auth.code_not_delivered': t(45),
  'auth.no_push_token': t(46),
  // Could not run.
  'cmd.missing': t(90),
  'cmd.timeout': t(91),
  'cmd.failed': t(92),
  'cmd.unparseable': t(93),
  'probe.failed': t(99),
};

/** The family of a cause: the part before the dot (`dns.nxdomain` → `dns`). */
export function causeFamily(cause: Cause): string {
  return cause.slice(0, cause.indexOf('.'));
}

/** Does `cause` explain `symptom` (see `CauseTraits.explains`)? */
export function explains(cause: Cause, symptom: Cause): boolean {
  return CAUSE_TRAITS[cause].explains.includes(symptom);
}

/**
 * THE cause picker: the one cause to report for a set of failures (one per endpoint, host or
 * attempt). The cause seen most often wins — each endpoint fails at its first failing phase, so
 * counts compare like with like — and ties go to the more fundamental cause (lower rank).
 * Null when nothing failed.
 */
export function pickCause(causes: readonly Cause[]): Cause | null {
  const counts = new Map<Cause, number>();
  for (const c of causes) counts.set(c, (counts.get(c) ?? 0) + 1);
  let best: Cause | null = null;
  let bestCount = 0;
  for (const [c, n] of counts) {
    if (best === null || n > bestCount || (n === bestCount && CAUSE_TRAITS[c].rank < CAUSE_TRAITS[best].rank)) {
      best = c;
      bestCount = n;
    }
  }
  return best;
}

/** Causes sorted most fundamental first (stable for equal ranks). */
export function byRank(causes: Iterable<Cause>): Cause[] {
  return [...causes].sort((a, b) => CAUSE_TRAITS[a].rank - CAUSE_TRAITS[b].rank);
}
