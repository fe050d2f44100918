/**
 * Fix cards for the network path to Apple: no network, Wi-Fi login pages, DNS trouble and
 * connections that are blocked on the way. Correct for macOS 13–26 (System Settings).
 */
import type { FixCard } from '../fix-types';
import { FLUSH_DNS, FLUSH_DNS_REPAIR, openPane, openUrl, recheck, URL_ENTERPRISE_NETWORKS } from './build';

const NET_CHECKS = ['signin-endpoints', 'dns', 'captive-portal'] as const;

export const NETWORK_CARDS: FixCard[] = [
  {
    id: 'network-offline',
    title: 'Get this Mac back online',
    why: 'Without a working network connection this Mac cannot reach Apple at all.',
    audience: 'user',
    recheck: ['signin-endpoints', 'captive-portal'],
    steps: [
      {
        text: 'Check that Wi-Fi is on and joined to a network, or that the Ethernet cable is plugged in (System Settings › Wi-Fi, or System Settings › Network).',
        action: openPane('wifi', 'Open Wi-Fi settings'),
      },
      { text: 'Open any website in a browser. If nothing loads, restart your router or modem and wait until its lights settle.' },
      { text: 'Still offline? Join another network, for example your iPhone’s Personal Hotspot, to see whether the problem is this network.' },
      { text: 'Check again once the Mac is connected.', action: recheck(['signin-endpoints', 'captive-portal']) },
    ],
  },
  {
    id: 'captive-portal-login',
    title: 'Log in to this Wi-Fi network',
    why: 'Hotel, airport, café and guest networks hold all traffic until you accept their terms or log in on a web page. Until then, Apple sign-in cannot get through.',
    audience: 'user',
    recheck: [...NET_CHECKS],
    steps: [
      {
        text: 'Open a web browser and go to http://captive.apple.com (plain http, not https). The network’s login or terms page should appear instead of a page that says “Success”.',
      },
      { text: 'Log in or accept the terms on that page, then wait a few seconds.' },
      {
        text: 'If no login page appears, turn Wi-Fi off and on again, or forget the network and join it again (System Settings › Wi-Fi).',
        action: openPane('wifi', 'Open Wi-Fi settings'),
      },
      { text: 'Or join another network, for example your iPhone’s Personal Hotspot.' },
      { text: 'Check again after logging in.', action: recheck([...NET_CHECKS]) },
    ],
  },
  {
    id: 'dns-server-failing',
    title: 'Fix or replace the DNS server',
    why: 'DNS turns Apple’s server names into addresses. When the DNS server fails, times out or refuses, this Mac cannot find Apple’s sign-in servers.',
    audience: 'either',
    recheck: ['dns', 'dns-config', 'signin-endpoints'],
    steps: [
      { text: 'Restart your router or modem: many home DNS problems are a router that needs a restart.' },
      {
        text: 'Join another network (for example your iPhone’s Personal Hotspot) and check again. If it works there, the DNS server of the first network is at fault.',
        action: recheck(['dns', 'signin-endpoints'], 'Check DNS again'),
      },
      {
        text: 'See which DNS servers this Mac uses: System Settings › Network › (your Wi-Fi or Ethernet service) › Details… › DNS. Remove servers you added by hand and no longer use; grey entries come from the router and cannot be removed there.',
        action: openPane('network', 'Open Network settings'),
      },
      {
        text: 'After changing DNS settings, clear the DNS cache: copy this command, paste it into Terminal and enter your administrator password.',
        action: FLUSH_DNS,
      },
      {
        text: 'Or let this app clear the DNS cache for you: it shows the command first and macOS asks for your administrator password.',
        action: FLUSH_DNS_REPAIR,
      },
      { text: 'On a work or school network, tell the network owner that the DNS server fails for appleid.apple.com and idmsa.apple.com.' },
      { text: 'Check again.', action: recheck(['dns', 'dns-config', 'signin-endpoints']) },
    ],
  },
  {
    id: 'dns-filter-blocks-apple',
    title: 'Let Apple through your DNS filter',
    why: 'A DNS filter (ad blocker, parental controls, security DNS, Pi-hole, router filtering) is answering for Apple’s sign-in servers with a fake or private address, so sign-in goes nowhere.',
    audience: 'either',
    recheck: ['dns', 'signin-endpoints'],
    steps: [
      { text: 'If you use an ad-blocking or filtering DNS service or app, pause it or add apple.com, icloud.com and cdn-apple.com to its allow list.' },
      { text: 'If your router has parental controls or “safe browsing” filtering, check that it does not block Apple.' },
      {
        text: 'Pause or quit content-filter, parental-control and “web protection” apps on this Mac. On macOS 15 and later, System Settings › General › Login Items & Extensions lists the network extensions they install; on macOS 13–14 use the app’s own settings.',
        action: openPane('login-items', 'Open Login Items & Extensions'),
      },
      {
        text: 'On a work or school network, ask IT to allow the Apple hosts listed in Apple’s enterprise network article.',
        action: openUrl(URL_ENTERPRISE_NETWORKS, 'Apple hosts and ports'),
      },
      { text: 'Clear the DNS cache after changing a filter (needs your administrator password).', action: FLUSH_DNS },
      {
        text: 'Or let this app clear the DNS cache for you: it shows the command first and macOS asks for your administrator password.',
        action: FLUSH_DNS_REPAIR,
      },
      { text: 'Check again.', action: recheck(['dns', 'signin-endpoints']) },
    ],
  },
  {
    id: 'dns-answers-tampered',
    title: 'Use a DNS server that answers honestly',
    why: 'This network’s DNS server gives a different, non-Apple address for Apple’s sign-in server. The connection then goes to the wrong place.',
    audience: 'either',
    recheck: ['dns', 'signin-endpoints'],
    steps: [
      {
        text: 'Join another network, for example your iPhone’s Personal Hotspot, and check again to confirm the network is the cause.',
        action: recheck(['dns', 'signin-endpoints'], 'Check DNS again'),
      },
      {
        text: 'On your own network: in System Settings › Network › (service) › Details… › DNS, or in your router, replace the DNS server with your internet provider’s or a well-known public DNS service. Undo this later if it breaks local names.',
        action: openPane('network', 'Open Network settings'),
      },
      { text: 'Clear the DNS cache after changing DNS servers (needs your administrator password).', action: FLUSH_DNS },
      {
        text: 'Or let this app clear the DNS cache for you: it shows the command first and macOS asks for your administrator password.',
        action: FLUSH_DNS_REPAIR,
      },
      { text: 'On a work, school or public network, do not change DNS: report the wrong answers for appleid.apple.com to the network owner.' },
    ],
  },
  {
    id: 'network-blocks-apple',
    title: 'Get past the block on this network',
    why: 'Something between this Mac and Apple — a firewall, filter, security app or the network itself — is blocking or cutting connections to Apple’s sign-in servers.',
    audience: 'either',
    recheck: ['signin-endpoints', 'push', 'captive-portal'],
    steps: [
      {
        text: 'Join another network, for example your iPhone’s Personal Hotspot, and check again. If it works there, this network is blocking Apple.',
        action: recheck(['signin-endpoints']),
      },
      { text: 'Turn off VPN, proxy, ad-blocking and “web protection” apps for a moment, then check again.' },
      { text: 'Restart your router or modem if this is your home network.' },
      {
        text: 'On a work, school or public network, ask the network owner to allow outgoing HTTPS (TCP 443) to Apple (17.0.0.0/8 and the hosts in Apple’s enterprise network article).',
        action: openUrl(URL_ENTERPRISE_NETWORKS, 'Apple hosts and ports'),
      },
      { text: 'Check again.', action: recheck(['signin-endpoints', 'push', 'captive-portal']) },
    ],
  },
];
