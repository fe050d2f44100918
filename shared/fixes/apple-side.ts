/**
 * Fix cards for problems on Apple's side (outages, server errors, rate limits) and for checks
 * that could not run. Nothing local fixes an Apple outage: the card says so plainly.
 */
import type { FixCard } from '../fix-types';
import { openUrl, recheck, URL_GETSUPPORT, URL_SYSTEM_STATUS } from './build';

export const APPLE_SIDE_CARDS: FixCard[] = [
  {
    id: 'apple-outage-wait',
    title: 'Wait for Apple to fix it',
    why: 'Apple reports a problem with a service sign-in depends on. There is nothing to fix on this Mac; changing settings now can only add new problems.',
    audience: 'user',
    recheck: ['apple-status', 'signin-endpoints'],
    steps: [
      {
        text: 'Open Apple’s System Status page to see the affected services and Apple’s latest update.',
        action: openUrl(URL_SYSTEM_STATUS, 'Open Apple System Status'),
      },
      { text: 'Do not reset passwords, delete Keychain items or sign out while the outage lasts.' },
      { text: 'Turn on “Notify me when Apple Account is back” in this app’s settings to get a notification when sign-in works again.' },
      { text: 'Check again later.', action: recheck(['apple-status', 'signin-endpoints']) },
    ],
  },
  {
    id: 'apple-status-check-manually',
    title: 'Check Apple’s status page yourself',
    why: 'This app could not read Apple’s System Status, so an Apple-side problem cannot be ruled out automatically.',
    audience: 'user',
    recheck: ['apple-status'],
    steps: [
      {
        text: 'Open Apple’s System Status page and look at “Apple Account”, “iCloud Account & Sign In” and “App Store”.',
        action: openUrl(URL_SYSTEM_STATUS, 'Open Apple System Status'),
      },
      { text: 'If a service shows an issue, wait for Apple to resolve it.' },
      { text: 'Check again.', action: recheck(['apple-status']) },
    ],
  },
  {
    id: 'apple-server-error',
    title: 'Apple’s server is having trouble',
    why: 'Apple’s sign-in server answered, but with an error or not at all. This is usually temporary and on Apple’s side, or caused by something rewriting the traffic on the way.',
    audience: 'user',
    recheck: ['signin-endpoints', 'apple-status'],
    steps: [
      { text: 'Look at Apple’s System Status page for a reported issue.', action: openUrl(URL_SYSTEM_STATUS, 'Open Apple System Status') },
      { text: 'Wait a few minutes and check again.', action: recheck(['signin-endpoints', 'apple-status']) },
      {
        text: 'If it keeps failing only on this network, try another network (for example your iPhone’s Personal Hotspot): a proxy or filter may be interfering.',
      },
    ],
  },
  {
    id: 'apple-rate-limited',
    title: 'Too many attempts — wait',
    why: 'Apple’s server asked this network to slow down. Repeated sign-in attempts, or many people sharing one internet address (office, school, VPN), can trigger this.',
    audience: 'user',
    recheck: ['signin-endpoints'],
    steps: [
      { text: 'Stop trying to sign in for a while; each attempt can extend the wait.' },
      { text: 'If you use a VPN, disconnect it: VPN addresses are shared by many people.' },
      { text: 'Check again later.', action: recheck(['signin-endpoints']) },
    ],
  },
  {
    id: 'diagnostic-could-not-run',
    title: 'This check could not run',
    why: 'A part of the diagnosis failed to run on this Mac. That is not a verdict about sign-in: the other checks still count.',
    audience: 'user',
    recheck: ['signin-endpoints'],
    steps: [
      {
        text: 'Run the checks again; a busy Mac can make a tool time out.',
        action: recheck(['signin-endpoints', 'keychain', 'proxy', 'vpn', 'dns-config', 'firewall', 'time-settings', 'account', 'macos']),
      },
      { text: 'If it keeps failing, restart the Mac and check again.' },
      {
        text: 'If it still fails, export the report from this app and include it when you contact Apple Support.',
        action: openUrl(URL_GETSUPPORT, 'Contact Apple Support'),
      },
    ],
  },
];
