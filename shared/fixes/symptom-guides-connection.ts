/**
 * Symptom guides about reaching Apple from this Mac: stuck on “Verifying”, works on iPhone but
 * not on the Mac, iCloud errors. Corrects the seed guides: System Settings (not System
 * Preferences), no NVRAM/SMC reset as a network fix, no invented URLs.
 */
import type { Symptom } from '../symptom-types';
import { escalateStep, openPane, openUrl, recheck, URL_SYSTEM_STATUS } from './build';

const HOTSPOT = 'Join another network — your iPhone’s Personal Hotspot is the quickest — and try again.';
const HOTSPOT_DETAIL = 'If it works there, the usual network (router, DNS filter, firewall, proxy or VPN) is the cause, not your account.';

export const CONNECTION_SYMPTOMS: Symptom[] = [
  {
    id: 'stuck-verifying',
    title: 'Sign-in is stuck on “Verifying…”',
    description: 'System Settings, the App Store or another app keeps spinning on “Verifying” or “Signing in” and never finishes.',
    checks: ['signin-endpoints', 'apple-status', 'captive-portal', 'dns', 'proxy', 'vpn', 'clock', 'push'],
    steps: [
      {
        text: 'Run the connection checks and follow any card they show first.',
        kind: 'manual',
        action: recheck(['signin-endpoints', 'apple-status', 'captive-portal', 'dns', 'proxy', 'vpn', 'clock', 'push'], 'Run the checks'),
      },
      {
        text: 'Look at Apple’s System Status page for “Apple Account” or “iCloud Account & Sign In”.',
        kind: 'manual',
        action: openUrl(URL_SYSTEM_STATUS, 'Open Apple System Status'),
      },
      { text: HOTSPOT, detail: HOTSPOT_DETAIL, kind: 'manual' },
      { text: 'Turn off VPN, proxy and web-protection apps for a moment, then try again.', kind: 'manual', action: openPane('vpn', 'Open VPN settings') },
      {
        text: 'Make sure “Set time and date automatically” is on in System Settings › General › Date & Time.',
        kind: 'manual',
        action: openPane('date-time', 'Open Date & Time'),
      },
      {
        text: 'Quit System Settings (or the app that is stuck) with Command-Q, restart the Mac, and try once more.',
        detail:
          'A restart clears stuck sign-in processes. Avoid trying many times in a row: repeated attempts can get your sign-in temporarily slowed down by Apple.',
        kind: 'manual',
      },
      {
        text: 'Install any available macOS update in System Settings › General › Software Update.',
        kind: 'manual',
        action: openPane('software-update', 'Open Software Update'),
      },
      escalateStep('sign-in stuck on Verifying'),
    ],
  },
  {
    id: 'works-on-iphone-not-mac',
    title: 'Works on my iPhone, but not on this Mac',
    description: 'You can sign in on your iPhone or iPad with the same Apple Account, but the Mac fails or keeps asking.',
    checks: ['signin-endpoints', 'dns', 'proxy', 'vpn', 'firewall', 'clock', 'time-settings', 'macos', 'keychain', 'account'],
    steps: [
      {
        text: 'Run the checks of this Mac and its network; follow any card they show first.',
        kind: 'manual',
        action: recheck(['signin-endpoints', 'dns', 'proxy', 'vpn', 'firewall', 'clock', 'time-settings', 'macos', 'keychain', 'account'], 'Run the checks'),
      },
      {
        text: 'Make sure it is the same account: compare the email address under your name in Settings on the iPhone and in System Settings on the Mac.',
        detail:
          'On macOS 13–14 the entry is called “Apple ID”, from macOS 15 “Apple Account”. The App Store can use a different account: see Media & Purchases under your name.',
        kind: 'manual',
        action: openPane('apple-account', 'Open Apple Account settings'),
      },
      { text: 'Put the Mac on your iPhone’s Personal Hotspot and try again.', detail: HOTSPOT_DETAIL, kind: 'manual' },
      { text: 'Make sure the Mac’s date, time and time zone are set automatically.', kind: 'manual', action: openPane('date-time', 'Open Date & Time') },
      { text: 'Install any available macOS update.', kind: 'manual', action: openPane('software-update', 'Open Software Update') },
      {
        text: 'Restart the Mac, then try again.',
        detail:
          'There is no need to reset NVRAM or the SMC: those resets exist only on Intel-based Macs and do not fix sign-in or network problems. On a Mac with Apple silicon, a restart does the equivalent.',
        kind: 'manual',
      },
      {
        text: 'Test with a new user: in System Settings › Users & Groups, add a temporary user, log in as that user and sign in to your Apple Account there.',
        detail:
          'If it works for the new user, the problem is in your own user account (Keychain items or settings), not in the Mac or the network. Delete the test user afterwards.',
        kind: 'manual',
      },
      escalateStep('sign-in works on iPhone but not on Mac'),
    ],
  },
  {
    id: 'icloud-errors',
    title: 'iCloud shows errors',
    description: 'iCloud Drive, Photos, Notes or other iCloud features show errors, stop syncing, or ask you to sign in again.',
    checks: ['signin-endpoints', 'apple-status', 'push', 'clock', 'dns', 'proxy', 'account'],
    steps: [
      {
        text: 'Run the checks and follow any card they show first.',
        kind: 'manual',
        action: recheck(['signin-endpoints', 'apple-status', 'push', 'clock', 'dns', 'proxy', 'account'], 'Run the checks'),
      },
      {
        text: 'Look at Apple’s System Status page for the iCloud service that fails.',
        kind: 'manual',
        action: openUrl(URL_SYSTEM_STATUS, 'Open Apple System Status'),
      },
      {
        text: 'Open System Settings › (your name) › iCloud: enter your password if asked, and check that your iCloud storage is not full.',
        detail: 'A full iCloud storage stops uploads and backups even when sign-in works.',
        kind: 'manual',
        action: openPane('apple-account', 'Open Apple Account settings'),
      },
      { text: 'Make sure the date and time are set automatically.', kind: 'manual', action: openPane('date-time', 'Open Date & Time') },
      { text: HOTSPOT, detail: HOTSPOT_DETAIL, kind: 'manual' },
      {
        text: 'As a last resort, sign out of your Apple Account on this Mac (System Settings › your name › Sign Out), restart, and sign in again.',
        detail:
          'When signing out, choose to keep a copy of your iCloud data on the Mac. Files that are only in iCloud Drive download again after you sign back in, which can take a while.',
        kind: 'manual',
        action: openPane('apple-account', 'Open Apple Account settings'),
      },
      escalateStep('iCloud errors'),
    ],
  },
];
