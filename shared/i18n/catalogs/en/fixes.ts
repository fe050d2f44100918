/**
 * English source texts: namespace `fixes` — every fix card (title, why, steps) and symptom guide.
 * Keys: `fixes.card.<cardId>.title|why|step<i>`, `fixes.symptom.<id>.title|description|topic|step<i>[.detail]`;
 * texts used by several cards: `fixes.step.*`; buttons `fixes.action.*`; copy-command notes `fixes.note.*`.
 */
export const fixes = {
  'fixes.app.keychain-access': 'Keychain Access',
  'fixes.app.terminal': 'Terminal',
  'fixes.plan.affected.push': 'push notifications',
  'fixes.plan.affected.captive-portal': 'the Wi-Fi login check',
  'fixes.plan.affected.dns': 'the DNS check',
  'fixes.plan.affected.clock': 'the clock check',
  'fixes.plan.affected.apple-status': 'Apple’s status page',
  'fixes.plan.also-affected':
    'Also affected: {list} — {count, plural, one {it} other {they}} should work again {family, select, dns {once DNS works} tcp {once this network lets Apple’s servers through} proxy {once the proxy works} net {once this Mac is online} captive {once you have logged in to this Wi-Fi} other {once this is fixed}}.',
  'fixes.plan.count.problems': '{n, plural, one {# problem} other {# problems}}',
  'fixes.plan.count.affected':
    '{n, plural, one {# other check} other {# other checks}} could not finish because of {problems, plural, one {it} other {the first}}',
  'fixes.plan.count.could-not-run': '{n, plural, one {# check} other {# checks}} could not run',
  'fixes.card.network-offline.title': 'Get this Mac back online',
  'fixes.card.network-offline.why': 'Without a working network connection this Mac cannot reach Apple at all.',
  'fixes.card.network-offline.step0':
    'Check that Wi-Fi is on and joined to a network, or that the Ethernet cable is plugged in (System Settings › Wi-Fi, or System Settings › Network).',
  'fixes.action.open-wi-fi-settings': 'Open Wi-Fi settings',
  'fixes.card.network-offline.step1': 'Open any website in a browser. If nothing loads, restart your router or modem and wait until its lights settle.',
  'fixes.card.network-offline.step2':
    'Still offline? Join another network, for example your iPhone’s Personal Hotspot, to see whether the problem is this network.',
  'fixes.card.network-offline.step3': 'Check again once the Mac is connected.',
  'fixes.action.check-again': 'Check again',
  'fixes.card.captive-portal-login.title': 'Log in to this Wi-Fi network',
  'fixes.card.captive-portal-login.why':
    'Hotel, airport, café and guest networks hold all traffic until you accept their terms or log in on a web page. Until then, Apple sign-in cannot get through.',
  'fixes.card.captive-portal-login.step0':
    'Open a web browser and go to http://captive.apple.com (plain http, not https). The network’s login or terms page should appear instead of a page that says “Success”.',
  'fixes.card.captive-portal-login.step1': 'Log in or accept the terms on that page, then wait a few seconds.',
  'fixes.card.captive-portal-login.step2':
    'If no login page appears, turn Wi-Fi off and on again, or forget the network and join it again (System Settings › Wi-Fi).',
  'fixes.card.captive-portal-login.step3': 'Or join another network, for example your iPhone’s Personal Hotspot.',
  'fixes.card.captive-portal-login.step4': 'Check again after logging in.',
  'fixes.card.dns-server-failing.title': 'Fix or replace the DNS server',
  'fixes.card.dns-server-failing.why':
    'DNS turns Apple’s server names into addresses. When the DNS server fails, times out or refuses, this Mac cannot find Apple’s sign-in servers.',
  'fixes.card.dns-server-failing.step0': 'Restart your router or modem: many home DNS problems are a router that needs a restart.',
  'fixes.card.dns-server-failing.step1':
    'Join another network (for example your iPhone’s Personal Hotspot) and check again. If it works there, the DNS server of the first network is at fault.',
  'fixes.action.check-dns-again': 'Check DNS again',
  'fixes.card.dns-server-failing.step2':
    'See which DNS servers this Mac uses: System Settings › Network › (your Wi-Fi or Ethernet service) › Details… › DNS. Remove servers you added by hand and no longer use; grey entries come from the router and cannot be removed there.',
  'fixes.action.open-network-settings': 'Open Network settings',
  'fixes.card.dns-server-failing.step3':
    'After changing DNS settings, clear the DNS cache: copy this command, paste it into Terminal and enter your administrator password.',
  'fixes.action.copy-dns-flush-command': 'Copy DNS flush command',
  'fixes.note.copy-dns-flush-command':
    'Clears this Mac’s cache of DNS answers so it asks again. Paste it into Terminal; it asks for an administrator password. It changes no settings.',
  'fixes.step.flush-dns-repair': 'Or let this app clear the DNS cache for you: it shows the command first and macOS asks for your administrator password.',
  'fixes.card.dns-server-failing.step5':
    'On a work or school network, tell the network owner that the DNS server fails for appleid.apple.com and idmsa.apple.com.',
  'fixes.step.check-again': 'Check again.',
  'fixes.card.dns-filter-blocks-apple.title': 'Let Apple through your DNS filter',
  'fixes.card.dns-filter-blocks-apple.why':
    'A DNS filter (ad blocker, parental controls, security DNS, Pi-hole, router filtering) is answering for Apple’s sign-in servers with a fake or private address, so sign-in goes nowhere.',
  'fixes.card.dns-filter-blocks-apple.step0':
    'If you use an ad-blocking or filtering DNS service or app, pause it or add apple.com, icloud.com and cdn-apple.com to its allow list.',
  'fixes.card.dns-filter-blocks-apple.step1': 'If your router has parental controls or “safe browsing” filtering, check that it does not block Apple.',
  'fixes.card.dns-filter-blocks-apple.step2':
    'Pause or quit content-filter, parental-control and “web protection” apps on this Mac. On macOS 15 and later, System Settings › General › Login Items & Extensions lists the network extensions they install; on macOS 13–14 use the app’s own settings.',
  'fixes.action.open-login-items-extensions': 'Open Login Items & Extensions',
  'fixes.card.dns-filter-blocks-apple.step3': 'On a work or school network, ask IT to allow the Apple hosts listed in Apple’s enterprise network article.',
  'fixes.action.apple-hosts-and-ports': 'Apple hosts and ports',
  'fixes.card.dns-filter-blocks-apple.step4': 'Clear the DNS cache after changing a filter (needs your administrator password).',
  'fixes.card.dns-answers-tampered.title': 'Use a DNS server that answers honestly',
  'fixes.card.dns-answers-tampered.why':
    'This network’s DNS server gives a different, non-Apple address for Apple’s sign-in server. The connection then goes to the wrong place.',
  'fixes.card.dns-answers-tampered.step0':
    'Join another network, for example your iPhone’s Personal Hotspot, and check again to confirm the network is the cause.',
  'fixes.card.dns-answers-tampered.step1':
    'On your own network: in System Settings › Network › (service) › Details… › DNS, or in your router, replace the DNS server with your internet provider’s or a well-known public DNS service. Undo this later if it breaks local names.',
  'fixes.card.dns-answers-tampered.step2': 'Clear the DNS cache after changing DNS servers (needs your administrator password).',
  'fixes.card.dns-answers-tampered.step4':
    'On a work, school or public network, do not change DNS: report the wrong answers for appleid.apple.com to the network owner.',
  'fixes.card.network-blocks-apple.title': 'Get past the block on this network',
  'fixes.card.network-blocks-apple.why':
    'Something between this Mac and Apple — a firewall, filter, security app or the network itself — is blocking or cutting connections to Apple’s sign-in servers.',
  'fixes.card.network-blocks-apple.step0':
    'Join another network, for example your iPhone’s Personal Hotspot, and check again. If it works there, this network is blocking Apple.',
  'fixes.card.network-blocks-apple.step1': 'Turn off VPN, proxy, ad-blocking and “web protection” apps for a moment, then check again.',
  'fixes.card.network-blocks-apple.step2': 'Restart your router or modem if this is your home network.',
  'fixes.card.network-blocks-apple.step3':
    'On a work, school or public network, ask the network owner to allow outgoing HTTPS (TCP 443) to Apple (17.0.0.0/8 and the hosts in Apple’s enterprise network article).',
  'fixes.card.proxy-leftover.title': 'Turn off a proxy you do not use',
  'fixes.card.proxy-leftover.why':
    'This Mac sends web traffic to a proxy that is not working. Uninstalled VPN, proxy and “privacy” apps often leave this setting behind.',
  'fixes.card.proxy-leftover.step0':
    'Let this app turn off the proxy that does not answer, on the network service it is set on. It shows the command first, macOS asks for your administrator password, and you can turn it back on afterwards.',
  'fixes.card.proxy-leftover.step1': 'Or do it yourself: open System Settings › Network › (your Wi-Fi or Ethernet service) › Details… › Proxies.',
  'fixes.card.proxy-leftover.step2':
    'Turn off each proxy you do not recognise or no longer use (web proxy, secure web proxy, SOCKS proxy, automatic proxy configuration), then click OK.',
  'fixes.card.proxy-leftover.step3': 'Do this for every network service you use (Wi-Fi and Ethernet each have their own proxy settings).',
  'fixes.card.proxy-leftover.step4':
    'If the proxy settings are greyed out or come back, a configuration profile set them: this Mac is managed, so ask your IT department instead of changing them.',
  'fixes.card.proxy-leftover.step5':
    'If a proxy app is still installed and you use it, open it and make sure it is running, or quit it so it removes its proxy setting.',
  'fixes.card.proxy-sign-in.title': 'Proxy needs a login',
  'fixes.card.proxy-sign-in.why':
    'The proxy this Mac uses wants a user name and password. macOS background services, including Apple Account sign-in, cannot always answer that request.',
  'fixes.card.proxy-sign-in.step0':
    'If this is a work or school proxy, ask IT whether Apple services may bypass proxy authentication for the Apple hosts in Apple’s enterprise network article.',
  'fixes.card.proxy-sign-in.step1':
    'If you do not know why a proxy is set, turn it off in System Settings › Network › (your Wi-Fi or Ethernet service) › Details… › Proxies.',
  'fixes.card.proxy-not-working.title': 'The proxy cannot reach Apple',
  'fixes.card.proxy-not-working.why': 'The proxy this Mac uses is running, but it fails or stalls when asked to connect to Apple.',
  'fixes.card.proxy-not-working.step0':
    'If you do not need a proxy on this network, turn it off in System Settings › Network › (your Wi-Fi or Ethernet service) › Details… › Proxies.',
  'fixes.card.proxy-not-working.step1': 'If a proxy app (VPN, privacy or developer tool) set it, restart that app or quit it.',
  'fixes.card.proxy-not-working.step2':
    'On a managed Mac or company network, ask IT to let the proxy reach the Apple hosts in Apple’s enterprise network article, without HTTPS inspection.',
  'fixes.card.proxy-pac-unavailable.title': 'Automatic proxy script unavailable',
  'fixes.card.proxy-pac-unavailable.why':
    'This Mac is told to fetch a proxy configuration script (PAC file), but the script could not be loaded. Without it, connections may go nowhere.',
  'fixes.card.proxy-pac-unavailable.step0':
    'Open System Settings › Network › (your Wi-Fi or Ethernet service) › Details… › Proxies and look at “Automatic proxy configuration”.',
  'fixes.card.proxy-pac-unavailable.step1':
    'If you are not on the network that provides this script (for example you are at home with a work laptop), turn it off while you are away, or connect to the company VPN first.',
  'fixes.card.proxy-pac-unavailable.step2':
    'On a managed Mac the setting comes from IT: tell them the proxy script URL shown in the report could not be loaded.',
  'fixes.card.vpn-disconnect-test.title': 'Try without the VPN',
  'fixes.card.vpn-disconnect-test.why':
    'A VPN sends Apple traffic through another network. Some VPN servers are blocked, slowed or flagged by Apple, and sign-in fails only while the VPN is on.',
  'fixes.card.vpn-disconnect-test.step0':
    'Disconnect the VPN in its own app, or in System Settings › VPN (VPN configurations are also listed in System Settings › Network).',
  'fixes.action.open-vpn-settings': 'Open VPN settings',
  'fixes.card.vpn-disconnect-test.step1': 'Sign in to your Apple Account while the VPN is off, then reconnect it.',
  'fixes.card.vpn-disconnect-test.step2':
    'If sign-in only fails with the VPN on, choose another VPN server or location, or use the app’s split-tunnelling option to send Apple traffic directly.',
  'fixes.card.vpn-disconnect-test.step3': 'For a work VPN, ask IT whether Apple traffic may bypass the tunnel, as Apple recommends for its services.',
  'fixes.card.vpn-split-dns.title': 'VPN takes over Apple’s DNS',
  'fixes.card.vpn-split-dns.why':
    'A VPN or configuration profile tells this Mac to ask the VPN’s own DNS server about apple.com. If that server cannot answer for Apple, sign-in fails.',
  'fixes.card.vpn-split-dns.step0': 'Disconnect the VPN and check again to confirm.',
  'fixes.card.vpn-split-dns.step1': 'Check again with the VPN off.',
  'fixes.card.vpn-split-dns.step2':
    'For a work VPN: ask IT to remove apple.com from the VPN’s DNS domains, or to make the VPN’s DNS server answer Apple hosts correctly. The report lists the resolver that captures apple.com.',
  'fixes.card.vpn-split-dns.step3': 'After the VPN change, clear the DNS cache (needs your administrator password).',
  'fixes.card.proxy-app-fake-ip.title': 'Proxy app is intercepting DNS',
  'fixes.card.proxy-app-fake-ip.why':
    'A proxy or VPN app (often in “fake-IP”, “enhanced” or TUN mode) answers DNS with stand-in 198.18.x.x addresses, and its tunnel is not delivering Apple traffic.',
  'fixes.card.proxy-app-fake-ip.step0': 'Quit the proxy app completely, or turn off its system-proxy / enhanced / TUN mode, then check again.',
  'fixes.card.proxy-app-fake-ip.step1':
    'If you need the app, add a rule so apple.com, icloud.com and their subdomains connect directly, or check that its current server is working.',
  'fixes.card.proxy-app-fake-ip.step2': 'Clear the DNS cache after quitting the app (needs your administrator password).',
  'fixes.card.push-ports-blocked.title': 'Let Apple Push Notifications through',
  'fixes.card.push-ports-blocked.why':
    'Apple Push Notifications carry sign-in approval prompts and verification codes to your devices. They need outgoing TCP port 5223 to Apple; port 443 is only a fallback (on Wi-Fi).',
  'fixes.card.push-ports-blocked.step0':
    'Join another network, for example your iPhone’s Personal Hotspot, and check again. Guest and public Wi-Fi often block port 5223.',
  'fixes.card.push-ports-blocked.step1': 'Turn off VPN and firewall or “network protection” apps for a moment and check again.',
  'fixes.card.push-ports-blocked.step2':
    'Network owner: allow outgoing TCP 5223 and 443 to 17.0.0.0/8 (Apple’s network). A proxy may carry the port-443 fallback only if it passes the traffic without decrypting it.',
  'fixes.action.apples-push-notification-ports': 'Apple’s push notification ports',
  'fixes.card.tls-inspection-user.title': 'Stop HTTPS scanning of Apple traffic',
  'fixes.card.tls-inspection-user.why':
    'A security app or company proxy is opening the secure connection to Apple to inspect it. Apple rejects sign-in through such inspection, so it has to be switched off for Apple.',
  'fixes.card.tls-inspection-user.step0':
    'If you use antivirus or internet-security software, open it and turn off its “HTTPS scanning”, “web protection”, “SSL filtering” or “encrypted connection scanning” option (or exclude apple.com), then check again.',
  'fixes.card.tls-inspection-user.step1': 'Parental-control and ad-blocking apps that install their own certificate do the same: pause them and check again.',
  'fixes.card.tls-inspection-user.step2':
    'On a work, school or managed Mac, do not try to work around it: ask IT to exempt Apple’s hosts from SSL/HTTPS inspection (the report shows which certificate issuer intercepted the connection).',
  'fixes.card.tls-inspection-user.step3':
    'Join another network, for example your iPhone’s Personal Hotspot, to confirm: if sign-in works there, the inspection happens on this network.',
  'fixes.card.tls-inspection-admin.title': 'Exempt Apple hosts from SSL inspection',
  'fixes.card.tls-inspection-admin.why':
    'Apple states that its services fail any connection that uses HTTPS interception (SSL inspection). The proxy or firewall must pass Apple traffic through untouched.',
  'fixes.card.tls-inspection-admin.step0':
    'Open Apple’s “Use Apple products on enterprise networks” article and add every Apple Account, iCloud, push and App Store host it lists to the SSL/HTTPS inspection bypass list.',
  'fixes.action.open-apples-host-list': 'Open Apple’s host list',
  'fixes.card.tls-inspection-admin.step1':
    'At minimum bypass appleid.apple.com, appleid.cdn-apple.com, idmsa.apple.com, gsa.apple.com and *.push.apple.com, or the whole 17.0.0.0/8 network.',
  'fixes.card.tls-inspection-admin.step2':
    'Let these hosts through without proxy authentication where possible: macOS background services cannot always supply proxy credentials.',
  'fixes.card.tls-inspection-admin.step3': 'Ask the user to check again after the policy is applied.',
  'fixes.card.tls-certificate-problem.title': 'Certificate not accepted',
  'fixes.card.tls-certificate-problem.why':
    'The server that answered did not present a valid certificate for Apple. Either this Mac’s clock is wrong, or something on the network is impersonating Apple.',
  'fixes.card.tls-certificate-problem.step0':
    'First make sure this Mac’s date and time are right (see the clock card); a wrong clock makes good certificates look expired or not yet valid.',
  'fixes.action.open-date-time': 'Open Date & Time',
  'fixes.card.tls-certificate-problem.step1': 'Join another network, for example your iPhone’s Personal Hotspot, and check again.',
  'fixes.card.tls-certificate-problem.step2':
    'If it only fails on this network, a security app or the network is intercepting the connection: see the HTTPS scanning card, or tell the network owner.',
  'fixes.card.clock-set-automatically.title': 'Set the date and time automatically',
  'fixes.card.clock-set-automatically.why':
    'Secure connections and verification codes depend on the correct time. When the Mac sets its clock automatically from Apple’s time server, it stays right.',
  'fixes.card.clock-set-automatically.step0': 'Open System Settings › General › Date & Time.',
  'fixes.card.clock-set-automatically.step1':
    'Turn on “Set time and date automatically” and make sure the source is time.apple.com (you may need to enter an administrator password).',
  'fixes.card.clock-set-automatically.step2':
    'Or let this app turn it on for you with time.apple.com: it shows the command first and macOS asks for your administrator password.',
  'fixes.card.clock-set-automatically.step3': 'Turn on “Set time zone automatically using your current location”, or choose the right time zone by hand.',
  'fixes.card.clock-step-now.title': 'Correct the clock now',
  'fixes.card.clock-step-now.why':
    'Even with automatic time on, a clock that is far off can take a while to catch up. You can set it right at once from Apple’s time server.',
  'fixes.step.make-sure-set-time-and-date': 'Make sure “Set time and date automatically” is on in System Settings › General › Date & Time.',
  'fixes.card.clock-step-now.step1': 'To correct the clock immediately, copy this command, paste it into Terminal and enter your administrator password.',
  'fixes.action.copy-clock-correction-command': 'Copy clock-correction command',
  'fixes.note.copy-clock-correction-command':
    'Asks Apple’s time server (time.apple.com) for the time and sets this Mac’s clock to it once. Needs an administrator password. It does not change any settings.',
  'fixes.card.clock-unverifiable.title': 'Time server not reachable',
  'fixes.card.clock-unverifiable.why':
    'This Mac could not reach Apple’s time server, so it cannot keep its clock right automatically on this network. That is harmless while the clock is still correct.',
  'fixes.card.clock-unverifiable.step0':
    'Compare the clock in the menu bar with your phone. If they match to within a few seconds, nothing needs to be done now.',
  'fixes.card.clock-unverifiable.step2': 'Network owner: allow outgoing UDP port 123 to time.apple.com (Apple’s time service).',
  'fixes.card.clock-unverifiable.step3': 'Check again on another network.',
  'fixes.card.apple-outage-wait.title': 'Wait for Apple to fix it',
  'fixes.card.apple-outage-wait.why':
    'Apple reports a problem with a service sign-in depends on. There is nothing to fix on this Mac; changing settings now can only add new problems.',
  'fixes.card.apple-outage-wait.step0': 'Open Apple’s System Status page to see the affected services and Apple’s latest update.',
  'fixes.action.open-apple-system-status': 'Open Apple System Status',
  'fixes.card.apple-outage-wait.step1': 'Do not reset passwords, delete Keychain items or sign out while the outage lasts.',
  'fixes.card.apple-outage-wait.step2': 'Turn on “Notify me when Apple Account is back” in this app’s settings to get a notification when sign-in works again.',
  'fixes.step.check-again-later': 'Check again later.',
  'fixes.card.apple-status-check-manually.title': 'Check Apple’s status page yourself',
  'fixes.card.apple-status-check-manually.why': 'This app could not read Apple’s System Status, so an Apple-side problem cannot be ruled out automatically.',
  'fixes.card.apple-status-check-manually.step0': 'Open Apple’s System Status page and look at “Apple Account”, “iCloud Account & Sign In” and “App Store”.',
  'fixes.card.apple-status-check-manually.step1': 'If a service shows an issue, wait for Apple to resolve it.',
  'fixes.card.apple-server-error.title': 'Apple’s server is having trouble',
  'fixes.card.apple-server-error.why':
    'Apple’s sign-in server answered, but with an error or not at all. This is usually temporary and on Apple’s side, or caused by something rewriting the traffic on the way.',
  'fixes.card.apple-server-error.step0': 'Look at Apple’s System Status page for a reported issue.',
  'fixes.card.apple-server-error.step1': 'Wait a few minutes and check again.',
  'fixes.card.apple-server-error.step2':
    'If it keeps failing only on this network, try another network (for example your iPhone’s Personal Hotspot): a proxy or filter may be interfering.',
  'fixes.card.apple-rate-limited.title': 'Too many attempts — wait',
  'fixes.card.apple-rate-limited.why':
    'Apple’s server asked this network to slow down. Repeated sign-in attempts, or many people sharing one internet address (office, school, VPN), can trigger this.',
  'fixes.card.apple-rate-limited.step0': 'Stop trying to sign in for a while; each attempt can extend the wait.',
  'fixes.card.apple-rate-limited.step1': 'If you use a VPN, disconnect it: VPN addresses are shared by many people.',
  'fixes.card.diagnostic-could-not-run.title': 'This check could not run',
  'fixes.card.diagnostic-could-not-run.why':
    'A part of the diagnosis failed to run on this Mac. That is not a verdict about sign-in: the other checks still count.',
  'fixes.card.diagnostic-could-not-run.step0': 'Run the checks again; a busy Mac can make a tool time out.',
  'fixes.card.diagnostic-could-not-run.step1': 'If it keeps failing, restart the Mac and check again.',
  'fixes.card.diagnostic-could-not-run.step2': 'If it still fails, export the report from this app and include it when you contact Apple Support.',
  'fixes.action.contact-apple-support': 'Contact Apple Support',
  'fixes.card.keychain-update-password.title': 'Enter your current Apple Account password',
  'fixes.card.keychain-update-password.why':
    'If your Apple Account password changed on another device, this Mac may still hold the old one and keep asking for a password.',
  'fixes.card.keychain-update-password.step0':
    'Open System Settings and click your name at the top of the sidebar (“Apple ID” on macOS 13–14, “Apple Account” on macOS 15 and later). If it asks you to update your account settings or enter your password, do so with your current password.',
  'fixes.action.open-apple-account-settings': 'Open Apple Account settings',
  'fixes.card.keychain-update-password.step1': 'If you do not know your current password, reset it at iforgot.apple.com or on a trusted iPhone or iPad.',
  'fixes.action.reset-password': 'Reset password',
  'fixes.card.keychain-update-password.step2': 'Restart the Mac, then check again.',
  'fixes.card.keychain-duplicates-cleanup.title': 'Clean up duplicate Apple Account Keychain items (carefully)',
  'fixes.card.keychain-duplicates-cleanup.why':
    'Several copies of the same Apple Account item exist in your Keychain; an old copy can cause password prompts that never end. Deleting the wrong item can lose passwords, so go slowly.',
  'fixes.card.keychain-duplicates-cleanup.step0':
    'Try the simple fix first: enter your current password when macOS asks, restart, and check again. Only continue if prompts keep coming.',
  'fixes.card.keychain-duplicates-cleanup.step1':
    'Back up first, and never delete or reset your whole login keychain. Make a Time Machine backup, or copy your login keychain file with this command.',
  'fixes.action.copy-backup-command': 'Copy backup command',
  'fixes.note.copy-backup-command':
    'Copies your login keychain file (still encrypted with your login password) to the Desktop as a backup. Does not need an administrator password and changes nothing.',
  'fixes.card.keychain-duplicates-cleanup.step2':
    'Sign out of your Apple Account on this Mac first: System Settings › (your name) › Sign Out. Keep a copy of your iCloud data when asked.',
  'fixes.card.keychain-duplicates-cleanup.step3':
    'Open Keychain Access (use Spotlight if it is not in Applications › Utilities), choose the “login” keychain, and search for the item names this app listed as duplicates.',
  'fixes.action.open-keychain-access': 'Open Keychain Access',
  'fixes.card.keychain-duplicates-cleanup.step4':
    'Delete only the older duplicates of those Apple Account items — keep the newest one, and leave every other item alone.',
  'fixes.card.keychain-duplicates-cleanup.step5':
    'Do not delete items in the “iCloud” (or “Local Items”) keychain: iCloud Keychain items sync, so deleting one removes it from all your devices.',
  'fixes.card.keychain-duplicates-cleanup.step6': 'Restart the Mac, sign in to your Apple Account again, then check again.',
  'fixes.card.firewall-block-all.title': 'Turn off “Block all incoming connections”',
  'fixes.card.firewall-block-all.why':
    'This firewall option refuses every incoming connection except basic network services, which breaks sharing features and can interfere with some Apple services. The normal firewall and stealth mode are fine.',
  'fixes.card.firewall-block-all.step0': 'Open System Settings › Network › Firewall.',
  'fixes.action.open-firewall-settings': 'Open Firewall settings',
  'fixes.card.firewall-block-all.step1':
    'Click Options…, turn off “Block all incoming connections”, and click OK (you may need an administrator password). You can leave the firewall itself and “Enable stealth mode” on.',
  'fixes.card.firewall-block-all.step2': 'On a managed Mac this setting may come from IT; ask them if it is locked.',
  'fixes.card.macos-update.title': 'Update macOS',
  'fixes.card.macos-update.why':
    'Apple Account sign-in and its security checks keep changing; an old macOS release can stop working with them, and updates fix sign-in bugs.',
  'fixes.card.macos-update.step0': 'Back up with Time Machine first.',
  'fixes.card.macos-update.step1': 'Open System Settings › General › Software Update and install the updates offered.',
  'fixes.action.open-software-update': 'Open Software Update',
  'fixes.card.macos-update.step2': 'If no newer macOS is offered, this Mac may be at its last supported version; install any security updates that are shown.',
  'fixes.card.macos-update.step3': 'Restart and check again.',
  'fixes.card.account-sign-in.title': 'Sign in to your Apple Account',
  'fixes.card.account-sign-in.why': 'No Apple Account is signed in on this Mac, so iCloud, Messages, FaceTime and App Store features that need it are off.',
  'fixes.card.account-sign-in.step0':
    'Open System Settings and click “Sign in” at the top of the sidebar (“Sign in with your Apple ID” on macOS 13–14, “Sign in with your Apple Account” on macOS 15 and later).',
  'fixes.card.account-sign-in.step1': 'Enter your email address or phone number and password, then the verification code shown on your other Apple devices.',
  'fixes.card.account-sign-in.step2': 'Forgot your password? Reset it at iforgot.apple.com.',
  'fixes.card.account-password-reset.title': 'Reset your Apple Account password',
  'fixes.card.account-password-reset.why':
    'If the password is refused on every device, or the account is locked, only a password reset or account recovery gets you back in.',
  'fixes.card.account-password-reset.step0':
    'On a trusted iPhone or iPad signed in to the same account, change the password in Settings › (your name) › Sign-In & Security › Change Password (“Password & Security” on iOS 16 and earlier).',
  'fixes.card.account-password-reset.step1':
    'Otherwise go to iforgot.apple.com and follow the steps to reset the password or unlock the account. A family member’s iPhone or iPad with the Apple Support app, or a recovery contact, can also help.',
  'fixes.action.open-iforgot-apple-com': 'Open iforgot.apple.com',
  'fixes.card.account-password-reset.step2':
    'If nothing else works, Apple offers account recovery: a waiting period of several days or longer. Use it as a last resort, start it once, and follow Apple’s instructions — using other signed-in devices meanwhile can delay or cancel it.',
  'fixes.action.about-account-recovery': 'About account recovery',
  'fixes.card.account-password-reset.step3': 'After the reset, sign in again on this Mac with the new password.',
  'fixes.card.account-review-security.title': 'Review your Apple Account security details',
  'fixes.card.account-review-security.why':
    'Sign-in codes go to your trusted devices and trusted phone numbers. If those are out of date, codes go to a phone or device you no longer have.',
  'fixes.card.account-review-security.step0':
    'Sign in at account.apple.com and open Sign-In and Security to check your trusted phone numbers; add a number you can reach and remove ones you no longer use.',
  'fixes.action.open-account-apple-com': 'Open account.apple.com',
  'fixes.card.account-review-security.step1': 'Check the devices list there: remove devices you no longer own.',
  'fixes.card.account-review-security.step2': 'Consider setting up an account recovery contact, so you can get back in if you lose access.',
  'fixes.action.about-recovery-contacts': 'About recovery contacts',
  'fixes.card.support-escalate.title': 'Contact Apple Support with your report',
  'fixes.card.support-escalate.why':
    'When the checks pass but sign-in still fails, or the account itself is locked, Apple Support can look at your account. A report of what you checked speeds that up.',
  'fixes.card.support-escalate.step0':
    'Export the report from this app (it leaves out your account details unless you include them) and note the exact error message you see.',
  'fixes.card.support-escalate.step1': 'Contact Apple Support and choose Apple Account as the topic.',
  'fixes.card.admin-allow-apple-hosts.title': 'Allow Apple’s hosts on the network',
  'fixes.card.admin-allow-apple-hosts.why':
    'Apple devices need to reach Apple’s servers directly. Firewalls, filters and proxies that block, slow or inspect those connections break sign-in, codes and notifications.',
  'fixes.card.admin-allow-apple-hosts.step0': 'Open Apple’s “Use Apple products on enterprise networks” article for the current list of hosts and ports.',
  'fixes.card.admin-allow-apple-hosts.step1':
    'Allow outgoing TCP 443 to the Apple Account hosts (appleid.apple.com, appleid.cdn-apple.com, idmsa.apple.com, gsa.apple.com) and TCP 5223 and 443 to *.push.apple.com; or allow 17.0.0.0/8.',
  'fixes.card.admin-allow-apple-hosts.step2': 'Make sure DNS resolves these hosts to Apple’s real addresses and that they bypass HTTPS inspection.',
  'fixes.card.admin-allow-apple-hosts.step3': 'Ask the user to check again.',
  'fixes.card.auth-wrong-password.title': 'Use your current Apple Account password',
  'fixes.card.auth-wrong-password.why':
    'Apple refused the password this Mac sent. That happens after the password was changed on another device or on the web, or when it is mistyped.',
  'fixes.card.auth-wrong-password.step0':
    'Check the password by signing in at account.apple.com in a browser. If that works, sign in again on this Mac with the same password in System Settings › (your name).',
  'fixes.card.auth-wrong-password.step1': 'Open System Settings › (your name) and enter the current password when asked.',
  'fixes.card.auth-wrong-password.step2': 'If you do not know the current password, reset it on a trusted iPhone or iPad, or at iforgot.apple.com.',
  'fixes.card.auth-wrong-password.step3': 'Check again after signing in.',
  'fixes.card.auth-too-many-attempts.title': 'Wait before trying to sign in again',
  'fixes.card.auth-too-many-attempts.why':
    'After too many attempts Apple makes you wait. Every new attempt while you wait can extend the delay or lock the account.',
  'fixes.card.auth-too-many-attempts.step0':
    'Stop trying on every device for now — including apps and devices that keep asking for the password in the background. Wait at least an hour before the next try.',
  'fixes.card.auth-too-many-attempts.step1':
    'When you try again, make sure you type the current password; if you are not sure of it, reset it at iforgot.apple.com instead of guessing.',
  'fixes.card.auth-account-locked.title': 'Unlock your Apple Account at iforgot.apple.com',
  'fixes.card.auth-account-locked.why':
    'Apple locks an account to protect it after too many failed attempts (password, security questions or codes). Waiting does not unlock it; proving who you are does.',
  'fixes.card.auth-account-locked.step0':
    'Go to iforgot.apple.com (or, on a trusted iPhone or iPad, follow the prompt that says the account is locked) and confirm your identity with your trusted phone number or device. You may have to reset the password.',
  'fixes.card.auth-account-locked.step1': 'After unlocking, sign in again on this Mac in System Settings › (your name).',
  'fixes.step.send-codes':
    'Still failing? Export the report from this app: it lists the exact codes and times Apple’s software logged (your e-mail, phone numbers and account numbers are left out). Give them to Apple Support.',
  'fixes.card.auth-code-not-delivered.title': 'Get the verification code another way',
  'fixes.card.auth-code-not-delivered.why':
    'The two-factor code did not arrive. Codes go to your trusted devices over Apple Push Notifications, or to your trusted phone number by text or call.',
  'fixes.card.auth-code-not-delivered.step0':
    'On a trusted iPhone or iPad that is online, open Settings › (your name) › Sign-In & Security › Two-Factor Authentication › Get Verification Code (on a trusted Mac: System Settings › (your name) › Sign-In & Security).',
  'fixes.card.auth-code-not-delivered.step1':
    'On the sign-in screen choose “Didn’t get a verification code?” and have the code sent to your trusted phone number by text or phone call.',
  'fixes.action.about-verification-codes': 'About verification codes',
  'fixes.card.auth-code-not-delivered.step2':
    'Make sure the trusted device is online, awake and signed in to the same Apple Account. If no trusted device is at hand, use your trusted phone number.',
  'fixes.card.auth-code-not-delivered.step3': 'If codes never reach this network’s devices, check that Apple Push Notifications can get through (TCP 5223).',
  'fixes.action.apple-push-ports': 'Apple push ports',
  'fixes.card.auth-code-rejected.title': 'Enter the newest verification code, promptly',
  'fixes.card.auth-code-rejected.why':
    'Apple refused the code. Codes expire after a short time, a new request makes older codes invalid, and a wrong clock on this Mac can make a correct code look expired.',
  'fixes.card.auth-code-rejected.step0': 'Request a new code and type only the newest one, right away. Ignore codes from earlier attempts.',
  'fixes.card.auth-code-rejected.step1': 'Make sure this Mac sets its time automatically: System Settings › General › Date & Time.',
  'fixes.card.auth-no-push-token.title': 'Let this Mac register for Apple Push Notifications',
  'fixes.card.auth-no-push-token.why':
    'Without a push token Apple cannot send this Mac sign-in approvals or verification codes. The Mac gets one from Apple’s push service when it can reach it with the right time.',
  'fixes.card.auth-no-push-token.step0': 'Make sure the date and time are set automatically (System Settings › General › Date & Time).',
  'fixes.card.auth-no-push-token.step1':
    'Make sure the network lets Apple Push Notifications through: TCP 5223 (443 as a fallback) to *.push.apple.com. A VPN or a filtering network can block it.',
  'fixes.card.auth-no-push-token.step2': 'Restart the Mac: the push service registers again at start-up.',
  'fixes.card.auth-no-push-token.step3': 'Meanwhile, have verification codes sent to your trusted phone number instead.',
  'fixes.card.auth-attestation-failed.title': 'This Mac could not prove it is genuine',
  'fixes.card.auth-attestation-failed.why':
    'With every sign-in macOS proves to Apple that it runs on real Apple hardware (device attestation). When that fails Apple refuses the sign-in, whatever the password or network.',
  'fixes.card.auth-attestation-failed.step0': 'Install the latest macOS update (System Settings › General › Software Update) and restart the Mac.',
  'fixes.card.auth-attestation-failed.step1':
    'If this is a virtual machine or a Mac with changed hardware identity (serial number, logic board replaced outside Apple), Apple may refuse it; sign-in in a virtual machine works only where Apple’s own virtualization supports it (Apple silicon, macOS 15 or later as host and guest).',
  'fixes.card.auth-attestation-failed.step2': 'On a genuine Mac, restart it and try again; if it keeps failing, Apple Support has to look at it.',
  'fixes.card.apple-log-send-codes.title': 'Send Apple Support the codes Apple’s software logged',
  'fixes.card.apple-log-send-codes.why':
    'Apple Support asks for the exact error codes. This app found them in the Mac’s log, with their times, so you do not have to.',
  'fixes.card.apple-log-send-codes.step0':
    'Open the report in this app and export it; it includes the codes and times listed under “What Apple’s software said”, with personal details left out.',
  'fixes.symptom.stuck-verifying.title': 'Sign-in is stuck on “Verifying…”',
  'fixes.symptom.stuck-verifying.description':
    'System Settings, the App Store or another app keeps spinning on “Verifying” or “Signing in” and never finishes.',
  'fixes.symptom.stuck-verifying.step0': 'Run the connection checks and follow any card they show first.',
  'fixes.action.run-the-checks': 'Run the checks',
  'fixes.symptom.stuck-verifying.step1': 'Look at Apple’s System Status page for “Apple Account” or “iCloud Account & Sign In”.',
  'fixes.step.hotspot': 'Join another network — your iPhone’s Personal Hotspot is the quickest — and try again.',
  'fixes.step.hotspot-detail': 'If it works there, the usual network (router, DNS filter, firewall, proxy or VPN) is the cause, not your account.',
  'fixes.symptom.stuck-verifying.step3': 'Turn off VPN, proxy and web-protection apps for a moment, then try again.',
  'fixes.symptom.stuck-verifying.step5': 'Quit System Settings (or the app that is stuck) with Command-Q, restart the Mac, and try once more.',
  'fixes.symptom.stuck-verifying.step5.detail':
    'A restart clears stuck sign-in processes. Avoid trying many times in a row: repeated attempts can get your sign-in temporarily slowed down by Apple.',
  'fixes.symptom.stuck-verifying.step6': 'Install any available macOS update in System Settings › General › Software Update.',
  'fixes.symptom.stuck-verifying.topic': 'sign-in stuck on Verifying',
  'fixes.escalate.text': 'Still not working? Export the report from this app and contact Apple Support about “{topic}”.',
  'fixes.escalate.detail':
    'The report lists the checks that ran, what they found and the steps you ticked, with your account details left out unless you include them. Mention your Mac model, macOS version and the exact error message you see.',
  'fixes.symptom.works-on-iphone-not-mac.title': 'Works on my iPhone, but not on this Mac',
  'fixes.symptom.works-on-iphone-not-mac.description': 'You can sign in on your iPhone or iPad with the same Apple Account, but the Mac fails or keeps asking.',
  'fixes.symptom.works-on-iphone-not-mac.step0': 'Run the checks of this Mac and its network; follow any card they show first.',
  'fixes.symptom.works-on-iphone-not-mac.step1':
    'Make sure it is the same account: compare the email address under your name in Settings on the iPhone and in System Settings on the Mac.',
  'fixes.symptom.works-on-iphone-not-mac.step1.detail':
    'On macOS 13–14 the entry is called “Apple ID”, from macOS 15 “Apple Account”. The App Store can use a different account: see Media & Purchases under your name.',
  'fixes.symptom.works-on-iphone-not-mac.step2': 'Put the Mac on your iPhone’s Personal Hotspot and try again.',
  'fixes.symptom.works-on-iphone-not-mac.step3': 'Make sure the Mac’s date, time and time zone are set automatically.',
  'fixes.symptom.works-on-iphone-not-mac.step4': 'Install any available macOS update.',
  'fixes.symptom.works-on-iphone-not-mac.step5': 'Restart the Mac, then try again.',
  'fixes.symptom.works-on-iphone-not-mac.step5.detail':
    'There is no need to reset NVRAM or the SMC: those resets exist only on Intel-based Macs and do not fix sign-in or network problems. On a Mac with Apple silicon, a restart does the equivalent.',
  'fixes.symptom.works-on-iphone-not-mac.step6':
    'Test with a new user: in System Settings › Users & Groups, add a temporary user, log in as that user and sign in to your Apple Account there.',
  'fixes.symptom.works-on-iphone-not-mac.step6.detail':
    'If it works for the new user, the problem is in your own user account (Keychain items or settings), not in the Mac or the network. Delete the test user afterwards.',
  'fixes.symptom.works-on-iphone-not-mac.topic': 'sign-in works on iPhone but not on Mac',
  'fixes.symptom.icloud-errors.title': 'iCloud shows errors',
  'fixes.symptom.icloud-errors.description': 'iCloud Drive, Photos, Notes or other iCloud features show errors, stop syncing, or ask you to sign in again.',
  'fixes.step.run-checks': 'Run the checks and follow any card they show first.',
  'fixes.symptom.icloud-errors.step1': 'Look at Apple’s System Status page for the iCloud service that fails.',
  'fixes.symptom.icloud-errors.step2':
    'Open System Settings › (your name) › iCloud: enter your password if asked, and check that your iCloud storage is not full.',
  'fixes.symptom.icloud-errors.step2.detail': 'A full iCloud storage stops uploads and backups even when sign-in works.',
  'fixes.symptom.icloud-errors.step3': 'Make sure the date and time are set automatically.',
  'fixes.symptom.icloud-errors.step5':
    'As a last resort, sign out of your Apple Account on this Mac (System Settings › your name › Sign Out), restart, and sign in again.',
  'fixes.symptom.icloud-errors.step5.detail':
    'When signing out, choose to keep a copy of your iCloud data on the Mac. Files that are only in iCloud Drive download again after you sign back in, which can take a while.',
  'fixes.symptom.icloud-errors.topic': 'iCloud errors',
  'fixes.symptom.password-prompts-fail.title': 'Password prompts keep failing or coming back',
  'fixes.symptom.password-prompts-fail.description':
    'The Mac keeps asking for your Apple Account password, or says it is incorrect even though you are sure it is right.',
  'fixes.symptom.password-prompts-fail.step1': 'Test your password in a browser by signing in at account.apple.com.',
  'fixes.symptom.password-prompts-fail.step1.detail':
    'If it works there, your account and password are fine and the problem is on this Mac. If it fails there too, reset the password (next step).',
  'fixes.symptom.password-prompts-fail.step2':
    'Forgot the password, or the account is locked? Reset or unlock it at iforgot.apple.com, or on a trusted iPhone or iPad.',
  'fixes.symptom.password-prompts-fail.step2.detail':
    'A family member’s iPhone or iPad with the Apple Support app, or your account recovery contact, can also help you reset it. If Apple cannot verify you, it offers account recovery as a last resort: a waiting period of several days or longer.',
  'fixes.symptom.password-prompts-fail.step3':
    'Changed the password on another device? Open System Settings, click your name and enter the new password where it asks.',
  'fixes.symptom.password-prompts-fail.step4': 'If the Keychain check found duplicate or old Apple Account items, follow its card — carefully.',
  'fixes.symptom.password-prompts-fail.step4.detail':
    'Never delete or reset your whole login keychain. Remove only duplicated Apple Account items, after signing out, and leave items in the iCloud keychain alone: they sync to all your devices.',
  'fixes.symptom.password-prompts-fail.step5':
    'Test with a new user: in System Settings › Users & Groups, add a temporary user, log in as that user and sign in there.',
  'fixes.symptom.password-prompts-fail.step5.detail':
    'If it works for the new user, the problem is in your own user account (often its Keychain), not in your Apple Account or the network. Delete the test user afterwards.',
  'fixes.symptom.password-prompts-fail.topic': 'password prompts that keep failing',
  'fixes.symptom.app-store-signin.title': 'Can’t sign in to the App Store',
  'fixes.symptom.app-store-signin.description': 'The App Store will not sign in, keeps asking for the password, or refuses purchases and downloads.',
  'fixes.symptom.app-store-signin.step1': 'Look at Apple’s System Status page for “App Store”.',
  'fixes.symptom.app-store-signin.step2': 'Check which account the App Store uses: System Settings › (your name) › Media & Purchases.',
  'fixes.symptom.app-store-signin.step2.detail':
    'Media & Purchases can be signed in with a different Apple Account than iCloud. Use the account that bought your apps.',
  'fixes.symptom.app-store-signin.step3': 'In the App Store, choose Store › Sign Out, quit the App Store with Command-Q, open it again and sign in.',
  'fixes.symptom.app-store-signin.step4':
    'If sign-in works but purchases fail, click your name at the bottom of the App Store sidebar, then Account Settings, and check your payment method and country or region.',
  'fixes.symptom.app-store-signin.topic': 'App Store sign-in',
  'fixes.symptom.codes-not-arriving.title': 'Verification codes don’t arrive',
  'fixes.symptom.codes-not-arriving.description':
    'The six-digit code never shows up on your other devices or by text, or you see “Verification codes cannot be sent”.',
  'fixes.symptom.codes-not-arriving.step0': 'Run the checks: codes on your devices travel over Apple Push Notifications, which some networks block.',
  'fixes.symptom.codes-not-arriving.step1': 'Look at Apple’s System Status page for “Apple Account”.',
  'fixes.symptom.codes-not-arriving.step2':
    'On a trusted device, make sure it is unlocked and online, then look for the sign-in notification and choose Allow.',
  'fixes.symptom.codes-not-arriving.step2.detail':
    'The device must be signed in to the same Apple Account and able to reach Apple. A device on a network that blocks push notifications never sees the request.',
  'fixes.symptom.codes-not-arriving.step3':
    'No notification? Get a code yourself on a trusted device: iPhone or iPad — Settings › (your name) › Sign-In & Security › Two-Factor Authentication › Get Verification Code; Mac — System Settings › (your name) › Sign-In & Security › Two-Factor Authentication › Get Verification Code.',
  'fixes.symptom.codes-not-arriving.step3.detail':
    'On older releases the section is called “Password & Security” (macOS 13, iOS 16 and earlier), with Get Verification Code directly in it. It works even when the device is offline. The option does not appear if you use security keys, and Apple’s current help no longer lists it on every release — if it is missing, use the text or call option instead.',
  'fixes.action.apple-get-a-verification-code': 'Apple: get a verification code',
  'fixes.symptom.codes-not-arriving.step4':
    'For a text or call, choose “Didn’t get a code?” (or “Can’t get to your devices?”) on the code screen and pick your trusted number.',
  'fixes.symptom.codes-not-arriving.step4.detail':
    'Texts and calls are delivered by your mobile carrier, not by this Mac: check signal, roaming, Focus or Do Not Disturb, and filtered or unknown-sender messages. Wait a few minutes before asking again — if you see “Verification codes can’t be sent to this phone number”, stop requesting codes for several hours: many requests in a row are a common trigger.',
  'fixes.symptom.codes-not-arriving.step5':
    'Check your trusted phone numbers at account.apple.com › Sign-In and Security, add one you can reach, and remove old ones.',
  'fixes.symptom.codes-not-arriving.step5.detail': 'You must be signed in to change them. If you cannot sign in anywhere, use account recovery (next step).',
  'fixes.symptom.codes-not-arriving.step6': 'If iMessage or FaceTime on your iPhone says “Waiting for activation”, contact your carrier.',
  'fixes.symptom.codes-not-arriving.step6.detail':
    'Activation also depends on the carrier passing Apple’s messages to your number; the same carrier problem often stops verification texts.',
  'fixes.symptom.codes-not-arriving.step7':
    'Cannot get any code? Reset the password at iforgot.apple.com; if Apple cannot verify you, it offers account recovery — start it once and let the waiting period run.',
  'fixes.symptom.codes-not-arriving.step7.detail':
    'The waiting period (several days or longer) protects your account. Follow the instructions in Apple’s confirmation email; using other signed-in devices meanwhile can delay or cancel it. A recovery contact or recovery key, if you set one up, gets you back in without the wait. Turning two-factor authentication off is not possible for most accounts and is not a fix.',
  'fixes.symptom.codes-not-arriving.topic': 'verification codes not arriving',
} as const;
