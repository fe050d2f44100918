/**
 * Which fix cards answer which cause, most relevant first. A `Record<Cause, …>` so that adding a
 * cause to shared/causes.ts without a card fails the type-check.
 */
import type { Cause } from '../causes';

const DNS_FAILING = ['dns-server-failing', 'dns-filter-blocks-apple', 'network-offline'];
const BLOCKED = ['network-blocks-apple', 'admin-allow-apple-hosts'];
const INTERCEPTED = ['tls-inspection-user', 'tls-inspection-admin'];
const CAPTIVE_FIRST = ['captive-portal-login', 'network-blocks-apple', 'tls-inspection-user'];
const APPLE_SIDE = ['apple-server-error', 'network-blocks-apple'];
const COULD_NOT_RUN = ['diagnostic-could-not-run', 'support-escalate'];
const OUTAGE = ['apple-outage-wait'];

export const CAUSE_FIXES: Record<Cause, readonly string[]> = {
  'dns.nxdomain': ['dns-server-failing', 'dns-filter-blocks-apple', 'captive-portal-login'],
  'dns.nodata': ['dns-server-failing', 'dns-filter-blocks-apple'],
  'dns.servfail': DNS_FAILING,
  'dns.refused': ['dns-server-failing', 'dns-filter-blocks-apple'],
  'dns.timeout': DNS_FAILING,
  'dns.unreachable': ['dns-server-failing', 'vpn-disconnect-test', 'network-offline'],
  'dns.badresp': ['dns-server-failing', 'network-blocks-apple'],
  'dns.bogon': ['dns-filter-blocks-apple', 'captive-portal-login', 'admin-allow-apple-hosts'],
  'dns.fakeip': ['proxy-app-fake-ip', 'vpn-disconnect-test'],
  'dns.inconsistent': ['dns-answers-tampered', 'dns-filter-blocks-apple'],
  'dns.split_captures_apple': ['vpn-split-dns', 'vpn-disconnect-test'],
  'tcp.refused': BLOCKED,
  'tcp.timeout': [...BLOCKED, 'vpn-disconnect-test'],
  'tcp.reset': BLOCKED,
  'tcp.unreachable': ['network-offline', 'vpn-disconnect-test', 'network-blocks-apple'],
  'tls.untrusted': [...INTERCEPTED, 'tls-certificate-problem'],
  'tls.intercepted': INTERCEPTED,
  'tls.expired': ['clock-set-automatically', 'tls-certificate-problem', 'tls-inspection-user'],
  'tls.not_yet_valid': ['clock-set-automatically', 'clock-step-now', 'tls-certificate-problem'],
  'tls.hostname': CAPTIVE_FIRST,
  'tls.not_tls': CAPTIVE_FIRST,
  'tls.reset': [...BLOCKED, 'tls-inspection-user'],
  'tls.closed': [...BLOCKED, 'tls-inspection-user'],
  'tls.timeout': [...BLOCKED, 'vpn-disconnect-test'],
  'tls.protocol': INTERCEPTED,
  'tls.revoked': ['tls-certificate-problem', ...INTERCEPTED],
  'http.server_error': [...APPLE_SIDE, 'apple-status-check-manually', 'support-escalate'],
  'http.rate_limited': ['apple-rate-limited', 'vpn-disconnect-test'],
  'http.timeout': [...APPLE_SIDE, 'proxy-not-working'],
  'http.redirect': ['captive-portal-login', 'dns-filter-blocks-apple', 'proxy-not-working'],
  'http.truncated': [...APPLE_SIDE, 'tls-inspection-user'],
  'http.unexpected': [...APPLE_SIDE, 'captive-portal-login', 'support-escalate'],
  'net.offline': ['network-offline', 'captive-portal-login'],
  'captive.detected': ['captive-portal-login'],
  'proxy.down': ['proxy-leftover'],
  'proxy.auth_required': ['proxy-sign-in', 'tls-inspection-admin'],
  'proxy.bad_gateway': ['proxy-not-working', 'admin-allow-apple-hosts'],
  'proxy.timeout': ['proxy-not-working', 'proxy-leftover'],
  'proxy.pac_unavailable': ['proxy-pac-unavailable', 'proxy-leftover'],
  'vpn.active': ['vpn-disconnect-test'],
  'vpn.default_route': ['vpn-disconnect-test'],
  'push.blocked': ['push-ports-blocked', 'admin-allow-apple-hosts', 'vpn-disconnect-test'],
  'push.fallback_only': ['push-ports-blocked', 'admin-allow-apple-hosts'],
  'clock.skew': ['clock-set-automatically', 'clock-step-now'],
  'clock.unverifiable': ['clock-unverifiable', 'clock-set-automatically'],
  'time.auto_off': ['clock-set-automatically'],
  'apple.outage': OUTAGE,
  'apple.maintenance': OUTAGE,
  'apple.degraded': OUTAGE,
  'apple.status_unknown': ['apple-status-check-manually'],
  'keychain.duplicates': ['keychain-update-password', 'keychain-duplicates-cleanup'],
  'keychain.stale': ['keychain-update-password', 'keychain-duplicates-cleanup'],
  'firewall.block_all': ['firewall-block-all'],
  'macos.outdated': ['macos-update'],
  'account.signed_out': ['account-sign-in', 'account-password-reset', 'account-review-security'],
  'cmd.missing': COULD_NOT_RUN,
  'cmd.timeout': COULD_NOT_RUN,
  'cmd.failed': COULD_NOT_RUN,
  'cmd.unparseable': COULD_NOT_RUN,
  'probe.failed': COULD_NOT_RUN,
  'auth.wrong_password': ['auth-wrong-password', 'account-password-reset', 'keychain-update-password'],
  'auth.too_many_attempts': ['auth-too-many-attempts', 'account-password-reset'],
  'auth.locked': ['auth-account-locked', 'account-password-reset', 'apple-log-send-codes'],
  'auth.code_not_delivered': ['auth-code-not-delivered', 'push-ports-blocked', 'account-review-security'],
  'auth.code_rejected': ['auth-code-rejected', 'clock-set-automatically'],
  'auth.no_push_token': ['auth-no-push-token', 'push-ports-blocked', 'apple-log-send-codes'],
  'auth.attestation_failed': ['auth-attestation-failed', 'macos-update', 'apple-log-send-codes'],
};
