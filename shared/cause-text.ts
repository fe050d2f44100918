/**
 * Plain-language text for every cause of the closed vocabulary (shared/causes.ts): what the UI,
 * the notifications and the CLI say. Looked up by cause, never parsed from messages.
 */
import type { Cause } from './causes';

/** What a person reads about a cause: a short title and one plain sentence. */
export interface CauseText {
  /** Short label, e.g. for a notification title or a check row. */
  title: string;
  /** One sentence for a non-expert: what is wrong, in plain words. */
  sentence: string;
}

/** Plain-language text for every cause. Looked up by cause, never parsed from messages. */
export const CAUSE_TEXT: Record<Cause, CauseText> = {
  'dns.nxdomain': {
    title: 'Apple’s address not found',
    sentence: 'Your DNS server says Apple’s sign-in server does not exist, so this Mac cannot find it.',
  },
  'dns.nodata': {
    title: 'No address returned',
    sentence: 'Your DNS server answered but gave no address for Apple’s sign-in server.',
  },
  'dns.servfail': {
    title: 'DNS server failing',
    sentence: 'Your DNS server reported an internal failure when asked for Apple’s sign-in server.',
  },
  'dns.refused': {
    title: 'DNS server refused',
    sentence: 'Your DNS server refused to look up Apple’s sign-in server.',
  },
  'dns.timeout': {
    title: 'DNS not answering',
    sentence: 'Your DNS server did not answer in time, so this Mac cannot find Apple’s servers.',
  },
  'dns.unreachable': {
    title: 'DNS server unreachable',
    sentence: 'The DNS server this Mac is set to use cannot be reached.',
  },
  'dns.badresp': {
    title: 'Garbled DNS answer',
    sentence: 'Your DNS server sent an answer this Mac could not read.',
  },
  'dns.bogon': {
    title: 'Apple is blocked by DNS',
    sentence: 'Your DNS server sends Apple’s sign-in server to a fake or private address — typically a content filter, ad blocker or captive network.',
  },
  'dns.fakeip': {
    title: 'Proxy app intercepts DNS',
    sentence: 'A proxy or VPN app answers DNS with stand-in addresses (198.18.x.x) and its tunnel is not delivering Apple traffic.',
  },
  'dns.inconsistent': {
    title: 'DNS answers look tampered',
    sentence: 'Your DNS server returns a different address for Apple than a trusted resolver, and that address is not Apple’s.',
  },
  'dns.split_captures_apple': {
    title: 'VPN takes over Apple’s DNS',
    sentence: 'A VPN or profile sends lookups for apple.com to its own DNS server.',
  },
  'tcp.refused': {
    title: 'Connection refused',
    sentence: 'Something on the network actively refused the connection to Apple’s sign-in server.',
  },
  'tcp.timeout': {
    title: 'Connection blocked',
    sentence: 'Connections to Apple’s sign-in server get no answer — a firewall or filter is probably dropping them.',
  },
  'tcp.reset': {
    title: 'Connection cut',
    sentence: 'The connection to Apple’s sign-in server was cut as soon as it started.',
  },
  'tcp.unreachable': {
    title: 'No route to Apple',
    sentence: 'This Mac has no network route to Apple’s sign-in server.',
  },
  'tls.untrusted': {
    title: 'Untrusted certificate',
    sentence: 'The secure connection presented a certificate this Mac does not trust, so it is not really Apple answering.',
  },
  'tls.intercepted': {
    title: 'Secure traffic is inspected',
    sentence: 'A security product or company proxy is decrypting traffic to Apple. Apple refuses sign-in through HTTPS inspection.',
  },
  'tls.expired': {
    title: 'Certificate expired',
    sentence: 'The certificate presented for Apple’s server has expired.',
  },
  'tls.not_yet_valid': {
    title: 'Certificate not yet valid',
    sentence: 'The certificate presented for Apple’s server is not valid yet — usually this Mac’s clock is wrong.',
  },
  'tls.hostname': {
    title: 'Wrong server answered',
    sentence: 'A server that is not Apple’s answered for Apple’s sign-in address (often a Wi-Fi login page).',
  },
  'tls.not_tls': {
    title: 'Secure connection hijacked',
    sentence: 'Something answered Apple’s secure port with plain, unencrypted data (a login page or transparent proxy).',
  },
  'tls.reset': {
    title: 'Secure connection cut',
    sentence: 'The secure connection to Apple was cut right after this Mac said hello — a filter is blocking it by name.',
  },
  'tls.closed': {
    title: 'Secure connection dropped',
    sentence: 'The server closed the connection before a secure session could start.',
  },
  'tls.timeout': {
    title: 'Secure connection stalls',
    sentence: 'The secure connection to Apple started but never completed.',
  },
  'tls.protocol': {
    title: 'Security protocol mismatch',
    sentence: 'Something between this Mac and Apple forces an outdated or unsupported security protocol.',
  },
  'tls.revoked': {
    title: 'Certificate revoked',
    sentence: 'The certificate presented for Apple’s server has been revoked.',
  },
  'http.server_error': {
    title: 'Apple’s server failing',
    sentence: 'Apple’s sign-in server answered with a server error.',
  },
  'http.rate_limited': {
    title: 'Too many requests',
    sentence: 'Apple’s server asked this network to slow down.',
  },
  'http.timeout': {
    title: 'Apple not responding',
    sentence: 'The connection to Apple was made, but Apple’s server did not answer in time.',
  },
  'http.redirect': {
    title: 'Sent somewhere else',
    sentence: 'Requests to Apple are redirected to a non-Apple address (typically a Wi-Fi login or block page).',
  },
  'http.truncated': {
    title: 'Answer cut off',
    sentence: 'Apple’s answer was cut off before it was complete.',
  },
  'http.unexpected': {
    title: 'Unexpected answer',
    sentence: 'Apple’s server answered in an unexpected way.',
  },
  'net.offline': {
    title: 'No network',
    sentence: 'This Mac has no working network connection.',
  },
  'captive.detected': {
    title: 'Wi-Fi login required',
    sentence: 'This network wants you to log in or accept terms on a web page before it lets traffic through.',
  },
  'proxy.down': {
    title: 'Proxy not running',
    sentence: 'This Mac is set to use a proxy that is not running — often left behind by an uninstalled VPN or proxy app.',
  },
  'proxy.auth_required': {
    title: 'Proxy wants a password',
    sentence: 'The proxy this Mac uses requires a login before it lets traffic through.',
  },
  'proxy.bad_gateway': {
    title: 'Proxy cannot reach Apple',
    sentence: 'The proxy this Mac uses cannot reach Apple’s servers.',
  },
  'proxy.timeout': {
    title: 'Proxy not answering',
    sentence: 'The proxy this Mac uses accepts connections but never answers.',
  },
  'proxy.pac_unavailable': {
    title: 'Proxy script unavailable',
    sentence: 'This Mac is set to use an automatic proxy script that could not be loaded or evaluated.',
  },
  'vpn.active': {
    title: 'VPN connected',
    sentence: 'A VPN is connected; it can route Apple traffic through a network that blocks or slows it.',
  },
  'vpn.default_route': {
    title: 'All traffic goes through VPN',
    sentence: 'All internet traffic, including Apple sign-in, goes through a VPN tunnel.',
  },
  'push.blocked': {
    title: 'Push notifications blocked',
    sentence: 'This network blocks Apple Push Notifications, so sign-in prompts and codes may not reach your devices.',
  },
  'push.fallback_only': {
    title: 'Push port 5223 blocked',
    sentence: 'Apple Push Notifications only work through the slower fallback port; prompts may arrive late.',
  },
  'clock.skew': {
    title: 'Clock is wrong',
    sentence: 'This Mac’s clock is off; secure connections and verification codes fail when the time is wrong.',
  },
  'clock.unverifiable': {
    title: 'Time cannot be checked',
    sentence: 'This Mac could not reach Apple’s time server to confirm its clock is right.',
  },
  'time.auto_off': {
    title: 'Automatic time is off',
    sentence: 'This Mac does not set its date and time automatically, so its clock can drift.',
  },
  'apple.outage': {
    title: 'Apple Account outage',
    sentence: 'Apple reports an ongoing outage of Apple Account sign-in. It is not your Mac.',
  },
  'apple.maintenance': {
    title: 'Apple maintenance',
    sentence: 'Apple reports scheduled maintenance on a sign-in related service.',
  },
  'apple.degraded': {
    title: 'Apple service issue',
    sentence: 'Apple reports an issue or slowness with a service related to sign-in.',
  },
  'apple.status_unknown': {
    title: 'Apple status unknown',
    sentence: 'Apple’s System Status page could not be read, so an Apple-side problem cannot be ruled out.',
  },
  'keychain.duplicates': {
    title: 'Duplicate Keychain items',
    sentence: 'Several Apple Account entries exist in the Keychain; a stale one can cause repeated password prompts.',
  },
  'keychain.stale': {
    title: 'Old Keychain items',
    sentence: 'Apple Account entries in the Keychain have not changed for a long time and may hold an old password.',
  },
  'firewall.block_all': {
    title: 'Firewall blocks everything',
    sentence: 'The macOS firewall is set to block all incoming connections, which can break some Apple services.',
  },
  'macos.outdated': {
    title: 'macOS is out of date',
    sentence: 'This version of macOS is old; Apple Account sign-in may need a newer one.',
  },
  'account.signed_out': {
    title: 'Not signed in',
    sentence: 'No Apple Account is signed in on this Mac.',
  },
  'cmd.missing': {
    title: 'Tool missing',
    sentence: 'A macOS tool this check needs is not available.',
  },
  'cmd.timeout': {
    title: 'Tool hung',
    sentence: 'A macOS tool this check needs did not finish in time.',
  },
  'cmd.failed': {
    title: 'Tool failed',
    sentence: 'A macOS tool this check needs reported an error.',
  },
  'cmd.unparseable': {
    title: 'Unreadable output',
    sentence: 'A macOS tool printed something this check could not understand, so it cannot vouch for this setting.',
  },
  'probe.failed': {
    title: 'Check could not run',
    sentence: 'This check could not run to completion.',
  },
  'auth.wrong_password': {
    title: 'Apple refused the password',
    sentence: 'Apple’s sign-in service on this Mac recently reported that the password was refused; the network is fine, the password is not.',
  },
  'auth.too_many_attempts': {
    title: 'Too many sign-in attempts',
    sentence: 'Apple’s sign-in service on this Mac recently reported too many attempts; Apple makes you wait before trying again.',
  },
  'auth.locked': {
    title: 'Apple Account locked',
    sentence:
      'Apple’s sign-in service on this Mac recently reported that the maximum number of attempts was reached, so Apple has locked sign-in to protect the account.',
  },
  'auth.code_not_delivered': {
    title: 'Verification code never arrived',
    sentence: 'Apple’s sign-in service on this Mac recently reported that the two-factor verification code was not received.',
  },
  'auth.code_rejected': {
    title: 'Verification code refused',
    sentence: 'Apple’s sign-in service on this Mac recently reported that the verification code was wrong or had expired.',
  },
  'auth.no_push_token': {
    title: 'This Mac has no push token',
    sentence: 'Apple’s sign-in service on this Mac recently reported that the Mac has no push token, so Apple cannot send it sign-in approvals or codes.',
  },
  'auth.attestation_failed': {
    title: 'Apple did not accept this Mac',
    sentence:
      'Apple’s software on this Mac recently reported that the Mac could not prove it is genuine Apple hardware (device attestation), so Apple refuses sign-in from it.',
  },
};

/** Leading words that keep their capital inside a sentence (names, acronyms). */
const PROPER = /^(Apple|Apple’s|Wi-Fi|macOS|Keychain|VPN|DNS|HTTPS|TLS|APNs)\b/;

/**
 * A cause's title for use inside a sentence: "Connection refused" → "connection refused", but
 * "Apple’s address not found", "DNS not answering" and "Wi-Fi login required" keep their capitals.
 */
export function causeTitleInSentence(cause: Cause): string {
  const title = CAUSE_TEXT[cause].title;
  return PROPER.test(title) ? title : title.charAt(0).toLowerCase() + title.slice(1);
}
