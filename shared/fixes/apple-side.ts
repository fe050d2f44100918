/**
 * Fix cards for problems on Apple's side (outages, server errors, rate limits) and for checks
 * that could not run. Nothing local fixes an Apple outage: the card says so plainly.
 */
import type { FixCardDef } from '../fix-types';
import { openUrl, recheck, URL_GETSUPPORT, URL_SYSTEM_STATUS } from './build';

export const APPLE_SIDE_CARDS: FixCardDef[] = [
  {
    id: 'apple-outage-wait',
    audience: 'user',
    recheck: ['apple-status', 'signin-endpoints'],
    steps: [
      { action: openUrl(URL_SYSTEM_STATUS, 'fixes.action.open-apple-system-status') },
      {},
      {},
      { text: 'fixes.step.check-again-later', action: recheck(['apple-status', 'signin-endpoints']) },
    ],
  },
  {
    id: 'apple-status-check-manually',
    audience: 'user',
    recheck: ['apple-status'],
    steps: [
      { action: openUrl(URL_SYSTEM_STATUS, 'fixes.action.open-apple-system-status') },
      {},
      { text: 'fixes.step.check-again', action: recheck(['apple-status']) },
    ],
  },
  {
    id: 'apple-server-error',
    audience: 'user',
    recheck: ['signin-endpoints', 'apple-status'],
    steps: [{ action: openUrl(URL_SYSTEM_STATUS, 'fixes.action.open-apple-system-status') }, { action: recheck(['signin-endpoints', 'apple-status']) }, {}],
  },
  {
    id: 'apple-rate-limited',
    audience: 'user',
    recheck: ['signin-endpoints'],
    steps: [{}, {}, { text: 'fixes.step.check-again-later', action: recheck(['signin-endpoints']) }],
  },
  {
    id: 'diagnostic-could-not-run',
    audience: 'user',
    recheck: ['signin-endpoints'],
    steps: [
      { action: recheck(['signin-endpoints', 'keychain', 'proxy', 'vpn', 'dns-config', 'firewall', 'time-settings', 'account', 'macos']) },
      {},
      { action: openUrl(URL_GETSUPPORT, 'fixes.action.contact-apple-support') },
    ],
  },
];
