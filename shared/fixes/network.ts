/**
 * Fix cards for the network path to Apple: no network, Wi-Fi login pages, DNS trouble and
 * connections that are blocked on the way. Correct for macOS 13–26 (System Settings).
 */
import type { FixCardDef } from '../fix-types';
import { FLUSH_DNS, FLUSH_DNS_REPAIR, openPane, openUrl, recheck, URL_ENTERPRISE_NETWORKS } from './build';

export const NETWORK_CARDS: FixCardDef[] = [
  {
    id: 'network-offline',
    audience: 'user',
    recheck: ['signin-endpoints', 'captive-portal'],
    steps: [{ action: openPane('wifi', 'fixes.action.open-wi-fi-settings') }, {}, {}, { action: recheck(['signin-endpoints', 'captive-portal']) }],
  },
  {
    id: 'captive-portal-login',
    audience: 'user',
    recheck: ['signin-endpoints', 'dns', 'captive-portal'],
    steps: [{}, {}, { action: openPane('wifi', 'fixes.action.open-wi-fi-settings') }, {}, { action: recheck(['signin-endpoints', 'dns', 'captive-portal']) }],
  },
  {
    id: 'dns-server-failing',
    audience: 'either',
    recheck: ['dns', 'dns-config', 'signin-endpoints'],
    steps: [
      {},
      { action: recheck(['dns', 'signin-endpoints'], 'fixes.action.check-dns-again') },
      { action: openPane('network', 'fixes.action.open-network-settings') },
      { action: FLUSH_DNS },
      { text: 'fixes.step.flush-dns-repair', action: FLUSH_DNS_REPAIR },
      {},
      { text: 'fixes.step.check-again', action: recheck(['dns', 'dns-config', 'signin-endpoints']) },
    ],
  },
  {
    id: 'dns-filter-blocks-apple',
    audience: 'either',
    recheck: ['dns', 'signin-endpoints'],
    steps: [
      {},
      {},
      { action: openPane('login-items', 'fixes.action.open-login-items-extensions') },
      { action: openUrl(URL_ENTERPRISE_NETWORKS, 'fixes.action.apple-hosts-and-ports') },
      { action: FLUSH_DNS },
      { text: 'fixes.step.flush-dns-repair', action: FLUSH_DNS_REPAIR },
      { text: 'fixes.step.check-again', action: recheck(['dns', 'signin-endpoints']) },
    ],
  },
  {
    id: 'dns-answers-tampered',
    audience: 'either',
    recheck: ['dns', 'signin-endpoints'],
    steps: [
      { action: recheck(['dns', 'signin-endpoints'], 'fixes.action.check-dns-again') },
      { action: openPane('network', 'fixes.action.open-network-settings') },
      { action: FLUSH_DNS },
      { text: 'fixes.step.flush-dns-repair', action: FLUSH_DNS_REPAIR },
      {},
    ],
  },
  {
    id: 'network-blocks-apple',
    audience: 'either',
    recheck: ['signin-endpoints', 'push', 'captive-portal'],
    steps: [
      { action: recheck(['signin-endpoints']) },
      {},
      {},
      { action: openUrl(URL_ENTERPRISE_NETWORKS, 'fixes.action.apple-hosts-and-ports') },
      { text: 'fixes.step.check-again', action: recheck(['signin-endpoints', 'push', 'captive-portal']) },
    ],
  },
];
