/**
 * Check identities and the evidence (`data`) each check records. The ids are a public contract
 * (JSON report, `--only`, UI grouping).
 */

import { en } from './i18n/catalogs/en';

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

/** English title (the `checks.<id>.title` message; faces show `checkTitle(t, id)`) and group of every check (order: `CHECK_IDS`). */
export const CHECK_META: Record<CheckId, { title: string; group: CheckGroup }> = {
  'signin-endpoints': { title: en['checks.signin-endpoints.title'], group: 'signin' },
  push: { title: en['checks.push.title'], group: 'signin' },
  'captive-portal': { title: en['checks.captive-portal.title'], group: 'network' },
  dns: { title: en['checks.dns.title'], group: 'network' },
  proxy: { title: en['checks.proxy.title'], group: 'network' },
  vpn: { title: en['checks.vpn.title'], group: 'network' },
  'dns-config': { title: en['checks.dns-config.title'], group: 'network' },
  clock: { title: en['checks.clock.title'], group: 'mac' },
  'time-settings': { title: en['checks.time-settings.title'], group: 'mac' },
  macos: { title: en['checks.macos.title'], group: 'mac' },
  firewall: { title: en['checks.firewall.title'], group: 'mac' },
  keychain: { title: en['checks.keychain.title'], group: 'mac' },
  account: { title: en['checks.account.title'], group: 'mac' },
  'apple-status': { title: en['checks.apple-status.title'], group: 'apple' },
  'apple-log': { title: en['checks.apple-log.title'], group: 'apple' },
};

export const GROUP_TITLES: Record<CheckGroup, string> = {
  signin: en['checks.group.signin'],
  network: en['checks.group.network'],
  mac: en['checks.group.mac'],
  apple: en['checks.group.apple'],
};

/** Result status of one check. `error` = the check could not run (not a network verdict). */
export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip' | 'error';

export type * from './check-data';
