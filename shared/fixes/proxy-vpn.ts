/**
 * Fix cards for proxies, VPNs, proxy apps and blocked push notifications.
 * Proxy path on macOS 13–26: System Settings › Network › (service) › Details… › Proxies.
 */
import type { FixCard } from '../fix-types';
import { FLUSH_DNS, FLUSH_DNS_REPAIR, openPane, openUrl, recheck, repair, URL_ENTERPRISE_NETWORKS, URL_PUSH_NETWORK } from './build';

const PROXY_PATH = 'System Settings › Network › (your Wi-Fi or Ethernet service) › Details… › Proxies';

export const PROXY_VPN_CARDS: FixCard[] = [
  {
    id: 'proxy-leftover',
    title: 'Turn off a proxy you do not use',
    why: 'This Mac sends web traffic to a proxy that is not working. Uninstalled VPN, proxy and “privacy” apps often leave this setting behind.',
    audience: 'user',
    recheck: ['proxy', 'signin-endpoints'],
    steps: [
      {
        text: 'Let this app turn off the proxy that does not answer, on the network service it is set on. It shows the command first, macOS asks for your administrator password, and you can turn it back on afterwards.',
        action: repair('proxy-off'),
      },
      {
        text: `Or do it yourself: open ${PROXY_PATH}.`,
        action: openPane('network', 'Open Network settings'),
      },
      {
        text: 'Turn off each proxy you do not recognise or no longer use (web proxy, secure web proxy, SOCKS proxy, automatic proxy configuration), then click OK.',
      },
      { text: 'Do this for every network service you use (Wi-Fi and Ethernet each have their own proxy settings).' },
      {
        text: 'If the proxy settings are greyed out or come back, a configuration profile set them: this Mac is managed, so ask your IT department instead of changing them.',
      },
      { text: 'If a proxy app is still installed and you use it, open it and make sure it is running, or quit it so it removes its proxy setting.' },
      { text: 'Check again.', action: recheck(['proxy', 'signin-endpoints']) },
    ],
  },
  {
    id: 'proxy-sign-in',
    title: 'Proxy needs a login',
    why: 'The proxy this Mac uses wants a user name and password. macOS background services, including Apple Account sign-in, cannot always answer that request.',
    audience: 'either',
    recheck: ['proxy', 'signin-endpoints'],
    steps: [
      {
        text: 'If this is a work or school proxy, ask IT whether Apple services may bypass proxy authentication for the Apple hosts in Apple’s enterprise network article.',
        action: openUrl(URL_ENTERPRISE_NETWORKS, 'Apple hosts and ports'),
      },
      { text: `If you do not know why a proxy is set, turn it off in ${PROXY_PATH}.`, action: openPane('network', 'Open Network settings') },
      { text: 'Check again.', action: recheck(['proxy', 'signin-endpoints']) },
    ],
  },
  {
    id: 'proxy-not-working',
    title: 'The proxy cannot reach Apple',
    why: 'The proxy this Mac uses is running, but it fails or stalls when asked to connect to Apple.',
    audience: 'either',
    recheck: ['proxy', 'signin-endpoints'],
    steps: [
      { text: `If you do not need a proxy on this network, turn it off in ${PROXY_PATH}.`, action: openPane('network', 'Open Network settings') },
      { text: 'If a proxy app (VPN, privacy or developer tool) set it, restart that app or quit it.' },
      {
        text: 'On a managed Mac or company network, ask IT to let the proxy reach the Apple hosts in Apple’s enterprise network article, without HTTPS inspection.',
        action: openUrl(URL_ENTERPRISE_NETWORKS, 'Apple hosts and ports'),
      },
      { text: 'Check again.', action: recheck(['proxy', 'signin-endpoints']) },
    ],
  },
  {
    id: 'proxy-pac-unavailable',
    title: 'Automatic proxy script unavailable',
    why: 'This Mac is told to fetch a proxy configuration script (PAC file), but the script could not be loaded. Without it, connections may go nowhere.',
    audience: 'either',
    recheck: ['proxy', 'signin-endpoints'],
    steps: [
      { text: `Open ${PROXY_PATH} and look at “Automatic proxy configuration”.`, action: openPane('network', 'Open Network settings') },
      {
        text: 'If you are not on the network that provides this script (for example you are at home with a work laptop), turn it off while you are away, or connect to the company VPN first.',
      },
      { text: 'On a managed Mac the setting comes from IT: tell them the proxy script URL shown in the report could not be loaded.' },
      { text: 'Check again.', action: recheck(['proxy', 'signin-endpoints']) },
    ],
  },
  {
    id: 'vpn-disconnect-test',
    title: 'Try without the VPN',
    why: 'A VPN sends Apple traffic through another network. Some VPN servers are blocked, slowed or flagged by Apple, and sign-in fails only while the VPN is on.',
    audience: 'user',
    recheck: ['vpn', 'signin-endpoints', 'push'],
    steps: [
      {
        text: 'Disconnect the VPN in its own app, or in System Settings › VPN (VPN configurations are also listed in System Settings › Network).',
        action: openPane('vpn', 'Open VPN settings'),
      },
      { text: 'Sign in to your Apple Account while the VPN is off, then reconnect it.', action: recheck(['vpn', 'signin-endpoints', 'push']) },
      {
        text: 'If sign-in only fails with the VPN on, choose another VPN server or location, or use the app’s split-tunnelling option to send Apple traffic directly.',
      },
      {
        text: 'For a work VPN, ask IT whether Apple traffic may bypass the tunnel, as Apple recommends for its services.',
        action: openUrl(URL_ENTERPRISE_NETWORKS, 'Apple hosts and ports'),
      },
    ],
  },
  {
    id: 'vpn-split-dns',
    title: 'VPN takes over Apple’s DNS',
    why: 'A VPN or configuration profile tells this Mac to ask the VPN’s own DNS server about apple.com. If that server cannot answer for Apple, sign-in fails.',
    audience: 'either',
    recheck: ['dns-config', 'dns', 'signin-endpoints'],
    steps: [
      { text: 'Disconnect the VPN and check again to confirm.', action: openPane('vpn', 'Open VPN settings') },
      { text: 'Check again with the VPN off.', action: recheck(['dns-config', 'dns', 'signin-endpoints']) },
      {
        text: 'For a work VPN: ask IT to remove apple.com from the VPN’s DNS domains, or to make the VPN’s DNS server answer Apple hosts correctly. The report lists the resolver that captures apple.com.',
      },
      { text: 'After the VPN change, clear the DNS cache (needs your administrator password).', action: FLUSH_DNS },
      {
        text: 'Or let this app clear the DNS cache for you: it shows the command first and macOS asks for your administrator password.',
        action: FLUSH_DNS_REPAIR,
      },
    ],
  },
  {
    id: 'proxy-app-fake-ip',
    title: 'Proxy app is intercepting DNS',
    why: 'A proxy or VPN app (often in “fake-IP”, “enhanced” or TUN mode) answers DNS with stand-in 198.18.x.x addresses, and its tunnel is not delivering Apple traffic.',
    audience: 'user',
    recheck: ['dns', 'vpn', 'signin-endpoints'],
    steps: [
      {
        text: 'Quit the proxy app completely, or turn off its system-proxy / enhanced / TUN mode, then check again.',
        action: recheck(['dns', 'vpn', 'signin-endpoints']),
      },
      { text: 'If you need the app, add a rule so apple.com, icloud.com and their subdomains connect directly, or check that its current server is working.' },
      { text: 'Clear the DNS cache after quitting the app (needs your administrator password).', action: FLUSH_DNS },
      {
        text: 'Or let this app clear the DNS cache for you: it shows the command first and macOS asks for your administrator password.',
        action: FLUSH_DNS_REPAIR,
      },
    ],
  },
  {
    id: 'push-ports-blocked',
    title: 'Let Apple Push Notifications through',
    why: 'Apple Push Notifications carry sign-in approval prompts and verification codes to your devices. They need outgoing TCP port 5223 to Apple; port 443 is only a fallback (on Wi-Fi).',
    audience: 'either',
    recheck: ['push'],
    steps: [
      {
        text: 'Join another network, for example your iPhone’s Personal Hotspot, and check again. Guest and public Wi-Fi often block port 5223.',
        action: recheck(['push']),
      },
      { text: 'Turn off VPN and firewall or “network protection” apps for a moment and check again.' },
      {
        text: 'Network owner: allow outgoing TCP 5223 and 443 to 17.0.0.0/8 (Apple’s network). A proxy may carry the port-443 fallback only if it passes the traffic without decrypting it.',
        action: openUrl(URL_PUSH_NETWORK, 'Apple’s push notification ports'),
      },
    ],
  },
];
