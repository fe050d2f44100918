/**
 * English source texts: namespace `checks` (see shared/i18n/namespaces.ts). Keys start with `checks.`.
 * Check names and groups, and every check's one-line summary (built by the judges in
 * electron/engine/checks/ as message descriptors: shared/i18n/check-message.ts). Host names,
 * ports, addresses, commands and codes are placeholders and never translated.
 */
export const checks = {
  // Check names (CHECK_META) and groups (GROUP_TITLES).
  'checks.signin-endpoints.title': 'Apple Account sign-in servers',
  'checks.push.title': 'Apple Push Notifications',
  'checks.captive-portal.title': 'Wi-Fi login page',
  'checks.dns.title': 'DNS answers for Apple',
  'checks.proxy.title': 'Proxy settings',
  'checks.vpn.title': 'VPN',
  'checks.dns-config.title': 'DNS configuration',
  'checks.clock.title': 'Clock accuracy',
  'checks.time-settings.title': 'Date & Time settings',
  'checks.macos.title': 'macOS version',
  'checks.firewall.title': 'Firewall',
  'checks.keychain.title': 'Keychain items',
  'checks.account.title': 'Apple Account on this Mac',
  'checks.apple-status.title': 'Apple System Status',
  'checks.apple-log.title': 'What Apple’s own software reported',
  'checks.group.signin': 'Apple sign-in',
  'checks.group.network': 'Network',
  'checks.group.mac': 'This Mac',
  'checks.group.apple': 'Apple services',

  // List punctuation: simple items ("a, b, c") and items that hold commas themselves ("a → 1, 2; b → 3").
  'checks.list.comma': ', ',
  'checks.list.separator': '; ',

  // Any check.
  'checks.common.macos_only': 'Not checked: only runs on macOS.',
  'checks.common.deadline': 'Did not finish within {ms} ms.',
  'checks.common.could_not_run': 'Could not run: {reason}.',
  'checks.common.not_checked': 'Not checked: {why}',
  'checks.common.not_checked.macos_only': 'Not checked: only runs on macOS',
  'checks.common.not_checked.tool_timeout': 'Not checked: {tool} timed out',
  'checks.common.not_checked.tool_missing': 'Not checked: {tool} is not available on this Mac',

  // A system tool (command line in {tool}) whose output could not be used.
  'checks.tool.not_started': '{tool} was not started: the check ran out of time.',
  'checks.tool.missing': '{tool} is not available on this Mac ({detail}).',
  'checks.tool.spawn_failed': '{tool} could not be started ({detail}).',
  'checks.tool.timeout': '{tool} did not finish in time and was stopped after {ms} ms.',
  'checks.tool.too_much': '{tool} printed far more than expected; its output was cut and not trusted.',
  'checks.tool.crashed': '{tool} crashed ({signal}).',
  'checks.tool.exit': '{tool} failed with exit status {code}.',
  'checks.tool.exit_why': '{tool} failed with exit status {code}: {detail}.',
  'checks.tool.unreadable': '{tool} printed something this app could not read ({detail}).',
  'checks.tool.run_failed': '{tool} could not be run ({detail}).',

  // signin-endpoints
  'checks.signin-endpoints.reachable': '{reachable} of {total} reachable',
  'checks.signin-endpoints.failing': '{reachable} of {total} reachable — {cause}: {hosts}',
  'checks.signin-endpoints.offline': '0 of {total} reachable — this Mac has no active network connection',
  'checks.signin-endpoints.slowest': '(slowest {ms} ms)',
  'checks.signin-endpoints.via_proxy': 'via proxy {host}:{port}',
  'checks.signin-endpoints.note.pac': 'proxy script {url} not evaluated; tested direct',
  'checks.signin-endpoints.note.unreadable': 'proxy settings unreadable ({detail}); tested direct',
  'checks.signin-endpoints.line':
    '{head}{slowest, select, none {} other { {slowest}}}{via, select, none {} other { {via}}}{note, select, none {} other { · {note}}}',

  // push
  'checks.push.not_found': '{cause}: {host}.',
  'checks.push.bogon': '{host} resolves to a blocked address; no push port answers.',
  'checks.push.ok': 'Reachable on port {port} ({ms} ms).',
  'checks.push.fallback_only': 'Only fallback port {ports} reachable; port {primary} is blocked.',
  'checks.push.blocked': 'No push port reachable: {ports}.',
  'checks.push.port_cause': '{port} ({cause})',

  // captive-portal
  'checks.captive-portal.unknown': 'Could not check for a login page: {cause}.',
  'checks.captive-portal.ok': 'No login page: Apple’s check page answers “Success”.',
  'checks.captive-portal.redirected': 'This network shows a login page: Apple’s check page is redirected to {location}.',
  'checks.captive-portal.redirected_nowhere': 'This network shows a login page: Apple’s check page is redirected to another page.',
  'checks.captive-portal.replaced': 'This network shows a login page: Apple’s check page is replaced by another page.',
  'checks.captive-portal.replaced_snippet': 'This network shows a login page: Apple’s check page is replaced by another page (“{snippet}”).',
  'checks.captive-portal.status': 'This network shows a login page: Apple’s check page answers {status} instead of “Success”.',

  // dns
  'checks.dns.bogus': '{fake, select, true {Stand-in addresses} other {Private or blocked addresses}} for Apple: {list}.',
  'checks.dns.host_answers': '{host} → {addresses}',
  'checks.dns.tampered': 'DNS answers differ from {resolver} and fail verification: {list}.',
  'checks.dns.host_expected': '{host} → {addresses} (expected {expected})',
  'checks.dns.none_resolve': 'No Apple host resolves via {resolver}: {cause}.',
  'checks.dns.some_fail': '{failed} of {total} Apple hosts do not resolve ({hosts}): {cause}.',
  'checks.dns.no_answer': 'no answer',
  'checks.dns.via_proxy': 'Apple hosts are reached through a proxy, which resolves them.',
  'checks.dns.ok':
    'All {total} Apple hosts resolve via {resolver}{agree, select, agrees {; {comparison} agrees} partial {; {comparison} did not answer for every host} differ {; answers differ from {comparison} but verify} other {}}.',

  // proxy
  'checks.proxy.wpad':
    'Automatic proxy discovery (WPAD) is on. This app does not run proxy scripts, so the sign-in checks went direct and may not match what macOS does.',
  'checks.proxy.pac':
    'A proxy script is set ({url}). This app does not run proxy scripts, so the sign-in checks went direct and may not match what macOS does.',
  'checks.proxy.pac_no_url':
    'A proxy script is set (no URL). This app does not run proxy scripts, so the sign-in checks went direct and may not match what macOS does.',
  'checks.proxy.through':
    'The sign-in checks go through the proxy {host}:{port} ({source, select, config {from this app’s settings} env {from HTTPS_PROXY} system {macOS proxy settings} pac {chosen by the proxy script} other {{source}}}).',
  'checks.proxy.bypassed': 'Apple traffic bypasses the configured proxy.',
  'checks.proxy.none': 'No proxy is set.',
  'checks.proxy.note.socks': 'A SOCKS proxy is also set; these checks do not use SOCKS.',
  'checks.proxy.note.https_no_server': 'The secure web proxy is switched on without a server.',
  'checks.proxy.note.http_only': 'Only a plain-web (HTTP) proxy is set; Apple sign-in uses HTTPS.',

  // vpn
  'checks.vpn.default_route': 'All internet traffic goes through the VPN tunnel {iface}.',
  'checks.vpn.default_route_unknown': 'All internet traffic goes through a VPN tunnel.',
  'checks.vpn.list_failed': '({failure})',
  'checks.vpn.connected': 'VPN connected: {names}.',
  'checks.vpn.none': 'No VPN is connected.',
  'checks.vpn.tunnels': 'Tunnel interfaces with an address: {ifaces} (not the default route).',
  'checks.vpn.interfaces_unknown': 'The network interfaces could not be read.',

  // dns-config
  'checks.dns-config.split': 'Lookups for {domain} go to {servers} (split DNS), not to your normal DNS server.',
  'checks.dns-config.split_via': 'Lookups for {domain} go to {servers} via {iface} (split DNS), not to your normal DNS server.',
  'checks.dns-config.another_server': 'another DNS server',
  'checks.dns-config.no_configuration': 'macOS reports no DNS configuration at all, so names cannot be looked up.',
  'checks.dns-config.ok':
    '{resolvers, plural, one {# resolver} other {# resolvers}}{split, plural, =0 {} other {, # for specific domains only (none covers Apple)}}; Apple lookups use the normal DNS server.',

  // clock
  'checks.clock.skew': 'This Mac’s clock is {offset} {direction, select, behind {behind} other {ahead}} ({bound}).',
  'checks.clock.skew_ok': 'This Mac’s clock is {offset} {direction, select, behind {behind} other {ahead}} ({bound}), close enough to the right time.',
  'checks.clock.imprecise': 'This Mac’s clock could not be checked precisely enough ({bound} {where}).',
  'checks.clock.right': 'This Mac’s clock is right (within {bound}, {where}).',
  'checks.clock.from_server': 'from {server}',
  'checks.clock.from_web': 'from the web clock of {host}',
  'checks.clock.cut_short': 'The time check was cut short before any time server answered.',
  'checks.clock.unverifiable': 'Could not check this Mac’s clock: {reasons}.',
  'checks.clock.no_server': 'no time server is configured',
  'checks.clock.web_failed_too': 'The web fallback did not give the time either.',
  'checks.clock.outcome.timeout': '{server} did not answer (UDP port 123 may be blocked on this network)',
  'checks.clock.outcome.refused': '{server} refused the request',
  'checks.clock.outcome.kod_deny': '{server} refused to serve this Mac (kiss-o’-death {kiss})',
  'checks.clock.outcome.kod_rate': '{server} asked this Mac to slow down (kiss-o’-death {kiss})',
  'checks.clock.outcome.unsynchronized': '{server} is not synchronised itself',
  'checks.clock.outcome.bogus_origin': '{server} sent a reply that does not match the request (ignored)',
  'checks.clock.outcome.not_found': '{server} could not be found (DNS)',
  'checks.clock.outcome.dns_timeout': '{server} could not be found: DNS gave no answer in time',
  'checks.clock.outcome.unreachable': '{server} cannot be reached from this network',
  'checks.clock.outcome.aborted': '{server} was not asked in time',
  'checks.clock.outcome.invalid': '{server} sent an invalid reply ({code})',
  'checks.clock.outcome.other': '{server} could not be asked ({code})',

  // time-settings
  'checks.time-settings.needs_admin': 'Could not read whether time is set automatically: systemsetup needs administrator access to read this setting.',
  'checks.time-settings.off': 'Date and time are not set automatically, so the clock can drift.',
  'checks.time-settings.on': 'Date and time are set automatically.',
  'checks.time-settings.on_server': 'Date and time are set automatically from {server}.',

  // macos
  'checks.macos.outdated': '{name} is older than macOS {min}; Apple Account sign-in may need a newer macOS.',
  'checks.macos.ok': '{name}.',

  // firewall
  'checks.firewall.off': 'The macOS firewall is off.',
  'checks.firewall.block_all':
    'The firewall blocks all incoming connections, which can stop some Apple services (such as AirDrop or iCloud sync) from working.',
  'checks.firewall.block_all_unknown': 'Could not tell whether the firewall blocks all incoming connections.',
  'checks.firewall.on': 'The firewall is on and allows incoming connections for signed apps{stealth, select, on { (stealth mode on)} other {}}.',

  // keychain
  'checks.keychain.count': '{n, plural, one {# Apple Account item} other {# Apple Account items}} in the Keychain',
  'checks.keychain.duplicates': '{count}; more than one for {names}.',
  'checks.keychain.stale_also': '{n, plural, other {# not changed for over a year.}}',
  'checks.keychain.stale': '{count}; not changed for over a year: {names}.',
  'checks.keychain.ok': '{count}, no duplicates or old entries.',
  'checks.keychain.partial': 'Only the first {n} keychain items were read (the list is very long).',

  // account
  'checks.account.signed_out': 'No Apple Account is signed in to iCloud on this Mac.',
  'checks.account.signed_in': 'An Apple Account is signed in to iCloud on this Mac.',

  // apple-status
  'checks.apple-status.unreadable': 'Apple’s System Status could not be read: {reason}.',
  'checks.apple-status.reason.timeout': 'it did not answer in time',
  'checks.apple-status.reason.refused': 'the connection was refused',
  'checks.apple-status.reason.not_found': 'its address could not be found',
  'checks.apple-status.reason.proxy_auth': 'the proxy refused (407, it requires authentication)',
  'checks.apple-status.reason.proxy_refused': 'the proxy refused ({code})',
  'checks.apple-status.reason.proxy_down': 'the proxy is not reachable',
  'checks.apple-status.reason.certificate': 'its certificate was not accepted ({code})',
  'checks.apple-status.reason.connection': 'the connection failed ({code})',
  'checks.apple-status.reason.too_large': 'the answer was far too large to be the status feed',
  'checks.apple-status.reason.http_status': 'the server answered HTTP {status}',
  'checks.apple-status.reason.cut_off': 'the answer was cut off',
  'checks.apple-status.reason.not_feed': 'the answer is not the status feed ({detail})',
  'checks.apple-status.no_core': 'Apple’s System Status was read, but it does not list Apple Account, so an Apple-side problem cannot be ruled out.',
  'checks.apple-status.outage': 'Apple reports an outage of {names}.',
  'checks.apple-status.degraded': 'Apple reports a problem with {names}.',
  'checks.apple-status.maintenance': 'Apple reports maintenance of {names}.',
  'checks.apple-status.upcoming': 'Apple reports upcoming maintenance of {names}.',
  'checks.apple-status.message': '“{message}”',
  'checks.apple-status.ok': 'Apple reports no problems with {names}.',

  // apple-log
  'checks.apple-log.not_read': 'The log could not be read ({reason}).',
  'checks.apple-log.unreadable': 'Apple’s log could not be read: {note}',
  'checks.apple-log.note.admin': 'reading the log needs an administrator account on this Mac.',
  'checks.apple-log.note.tool': 'the log tool failed: {failure}',
  'checks.apple-log.note.garbled': 'log show printed {n, plural, one {# line} other {# lines}} this app could not read.',
  'checks.apple-log.note.too_long': 'The log of the last {minutes} min was longer than this app reads; only the first part was checked.',
  'checks.apple-log.note.too_slow': 'Reading the log took too long; only the lines read in time were checked.',
  'checks.apple-log.note.cut': 'The log output was cut short; only what arrived was checked.',
  'checks.apple-log.event': 'at {time} {process} reported {code}{count, plural, =1 {} other { ×#}}.',
  'checks.apple-log.standing': '{event}{more, plural, =0 {} other { (+# more)}}',
  'checks.apple-log.recent': 'Recent history: {event}{more, plural, =0 {} other { (+# more)}}',
  'checks.apple-log.none': 'No sign-in, code or push errors in the last {minutes} min.',
  'checks.apple-log.others': '{n, plural, one {# other message} other {# other messages}} recorded, none about sign-in failing.',
} as const;
