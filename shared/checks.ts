/**
 * Check identities and the evidence (`data`) each check records. The ids are a public contract
 * (JSON report, `--only`, UI grouping).
 */

/** Every check id, in THE order: the report's, the registry's and the popover's (grouped). */
export const CHECK_IDS = [
  'signin-endpoints',
  'push',
  'captive-portal',
  'dns',
  'proxy',
  'vpn',
  'dns-config',
  'clock',
  'time-settings',
  'macos',
  'firewall',
  'keychain',
  'account',
  'apple-status',
  'apple-log',
] as const;

/** One check id. */
export type CheckId = (typeof CHECK_IDS)[number];

/** UI grouping of checks. */
export type CheckGroup = 'signin' | 'network' | 'mac' | 'apple';

/** Human title and group of every check (order: `CHECK_IDS`). */
export const CHECK_META: Record<CheckId, { title: string; group: CheckGroup }> = {
  'signin-endpoints': { title: 'Apple Account sign-in servers', group: 'signin' },
  push: { title: 'Apple Push Notifications', group: 'signin' },
  'captive-portal': { title: 'Wi-Fi login page', group: 'network' },
  dns: { title: 'DNS answers for Apple', group: 'network' },
  proxy: { title: 'Proxy settings', group: 'network' },
  vpn: { title: 'VPN', group: 'network' },
  'dns-config': { title: 'DNS configuration', group: 'network' },
  clock: { title: 'Clock accuracy', group: 'mac' },
  'time-settings': { title: 'Date & Time settings', group: 'mac' },
  macos: { title: 'macOS version', group: 'mac' },
  firewall: { title: 'Firewall', group: 'mac' },
  keychain: { title: 'Keychain items', group: 'mac' },
  account: { title: 'Apple Account on this Mac', group: 'mac' },
  'apple-status': { title: 'Apple System Status', group: 'apple' },
  'apple-log': { title: 'What Apple’s own software reported', group: 'apple' },
};

export const GROUP_TITLES: Record<CheckGroup, string> = {
  signin: 'Apple sign-in',
  network: 'Network',
  mac: 'This Mac',
  apple: 'Apple services',
};

/** Result status of one check. `error` = the check could not run (not a network verdict). */
export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip' | 'error';

export type * from './check-data';
