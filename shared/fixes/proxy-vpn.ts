/**
 * Fix cards for proxies, VPNs, proxy apps and blocked push notifications.
 * Proxy path on macOS 13–26: System Settings › Network › (service) › Details… › Proxies.
 */
import type { FixCardDef } from '../fix-types';
import { FLUSH_DNS, FLUSH_DNS_REPAIR, openPane, openUrl, recheck, repair, URL_ENTERPRISE_NETWORKS, URL_PUSH_NETWORK } from './build';

export const PROXY_VPN_CARDS: FixCardDef[] = [
  {
    id: 'proxy-leftover',
    audience: 'user',
    recheck: ['proxy', 'signin-endpoints'],
    steps: [
      { action: repair('proxy-off') },
      { action: openPane('network', 'fixes.action.open-network-settings') },
      {},
      {},
      {},
      {},
      { text: 'fixes.step.check-again', action: recheck(['proxy', 'signin-endpoints']) },
    ],
  },
  {
    id: 'proxy-sign-in',
    audience: 'either',
    recheck: ['proxy', 'signin-endpoints'],
    steps: [
      { action: openUrl(URL_ENTERPRISE_NETWORKS, 'fixes.action.apple-hosts-and-ports') },
      { action: openPane('network', 'fixes.action.open-network-settings') },
      { text: 'fixes.step.check-again', action: recheck(['proxy', 'signin-endpoints']) },
    ],
  },
  {
    id: 'proxy-not-working',
    audience: 'either',
    recheck: ['proxy', 'signin-endpoints'],
    steps: [
      { action: openPane('network', 'fixes.action.open-network-settings') },
      {},
      { action: openUrl(URL_ENTERPRISE_NETWORKS, 'fixes.action.apple-hosts-and-ports') },
      { text: 'fixes.step.check-again', action: recheck(['proxy', 'signin-endpoints']) },
    ],
  },
  {
    id: 'proxy-pac-unavailable',
    audience: 'either',
    recheck: ['proxy', 'signin-endpoints'],
    steps: [
      { action: openPane('network', 'fixes.action.open-network-settings') },
      {},
      {},
      { text: 'fixes.step.check-again', action: recheck(['proxy', 'signin-endpoints']) },
    ],
  },
  {
    id: 'vpn-disconnect-test',
    audience: 'user',
    recheck: ['vpn', 'signin-endpoints', 'push'],
    steps: [
      { action: openPane('vpn', 'fixes.action.open-vpn-settings') },
      { action: recheck(['vpn', 'signin-endpoints', 'push']) },
      {},
      { action: openUrl(URL_ENTERPRISE_NETWORKS, 'fixes.action.apple-hosts-and-ports') },
    ],
  },
  {
    id: 'vpn-split-dns',
    audience: 'either',
    recheck: ['dns-config', 'dns', 'signin-endpoints'],
    steps: [
      { action: openPane('vpn', 'fixes.action.open-vpn-settings') },
      { action: recheck(['dns-config', 'dns', 'signin-endpoints']) },
      {},
      { action: FLUSH_DNS },
      { text: 'fixes.step.flush-dns-repair', action: FLUSH_DNS_REPAIR },
    ],
  },
  {
    id: 'proxy-app-fake-ip',
    audience: 'user',
    recheck: ['dns', 'vpn', 'signin-endpoints'],
    steps: [
      { action: recheck(['dns', 'vpn', 'signin-endpoints']) },
      {},
      { action: FLUSH_DNS },
      { text: 'fixes.step.flush-dns-repair', action: FLUSH_DNS_REPAIR },
    ],
  },
  {
    id: 'push-ports-blocked',
    audience: 'either',
    recheck: ['push'],
    steps: [{ action: recheck(['push']) }, {}, { action: openUrl(URL_PUSH_NETWORK, 'fixes.action.apples-push-notification-ports') }],
  },
];
