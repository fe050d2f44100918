/**
 * Symptom guides about reaching Apple from this Mac: stuck on “Verifying”, works on iPhone but
 * not on the Mac, iCloud errors. Corrects the seed guides: System Settings (not System
 * Preferences), no NVRAM/SMC reset as a network fix, no invented URLs.
 */
import type { SymptomDef } from '../symptom-types';
import { escalateStep, openPane, openUrl, recheck, URL_SYSTEM_STATUS } from './build';

export const CONNECTION_SYMPTOMS: SymptomDef[] = [
  {
    id: 'stuck-verifying',
    checks: ['signin-endpoints', 'apple-status', 'captive-portal', 'dns', 'proxy', 'vpn', 'clock', 'push'],
    steps: [
      {
        kind: 'manual',
        action: recheck(['signin-endpoints', 'apple-status', 'captive-portal', 'dns', 'proxy', 'vpn', 'clock', 'push'], 'fixes.action.run-the-checks'),
      },
      { kind: 'manual', action: openUrl(URL_SYSTEM_STATUS, 'fixes.action.open-apple-system-status') },
      { kind: 'manual', text: 'fixes.step.hotspot', detail: 'fixes.step.hotspot-detail' },
      { kind: 'manual', action: openPane('vpn', 'fixes.action.open-vpn-settings') },
      { kind: 'manual', text: 'fixes.step.make-sure-set-time-and-date', action: openPane('date-time', 'fixes.action.open-date-time') },
      { kind: 'manual', detail: true },
      { kind: 'manual', action: openPane('software-update', 'fixes.action.open-software-update') },
      escalateStep(),
    ],
  },
  {
    id: 'works-on-iphone-not-mac',
    checks: ['signin-endpoints', 'dns', 'proxy', 'vpn', 'firewall', 'clock', 'time-settings', 'macos', 'keychain', 'account'],
    steps: [
      {
        kind: 'manual',
        action: recheck(
          ['signin-endpoints', 'dns', 'proxy', 'vpn', 'firewall', 'clock', 'time-settings', 'macos', 'keychain', 'account'],
          'fixes.action.run-the-checks',
        ),
      },
      { kind: 'manual', detail: true, action: openPane('apple-account', 'fixes.action.open-apple-account-settings') },
      { kind: 'manual', detail: 'fixes.step.hotspot-detail' },
      { kind: 'manual', action: openPane('date-time', 'fixes.action.open-date-time') },
      { kind: 'manual', action: openPane('software-update', 'fixes.action.open-software-update') },
      { kind: 'manual', detail: true },
      { kind: 'manual', detail: true },
      escalateStep(),
    ],
  },
  {
    id: 'icloud-errors',
    checks: ['signin-endpoints', 'apple-status', 'push', 'clock', 'dns', 'proxy', 'account'],
    steps: [
      {
        kind: 'manual',
        text: 'fixes.step.run-checks',
        action: recheck(['signin-endpoints', 'apple-status', 'push', 'clock', 'dns', 'proxy', 'account'], 'fixes.action.run-the-checks'),
      },
      { kind: 'manual', action: openUrl(URL_SYSTEM_STATUS, 'fixes.action.open-apple-system-status') },
      { kind: 'manual', detail: true, action: openPane('apple-account', 'fixes.action.open-apple-account-settings') },
      { kind: 'manual', action: openPane('date-time', 'fixes.action.open-date-time') },
      { kind: 'manual', text: 'fixes.step.hotspot', detail: 'fixes.step.hotspot-detail' },
      { kind: 'manual', detail: true, action: openPane('apple-account', 'fixes.action.open-apple-account-settings') },
      escalateStep(),
    ],
  },
];
