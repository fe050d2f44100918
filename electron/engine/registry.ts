/**
 * Every check. A `Record` over `CheckId`, so a check id without a module (or a module registered
 * under the wrong id) fails to compile. Adding a check: see README › Development › Adding a check.
 */

import { CHECK_IDS, type CheckId } from '../../shared/checks';
import { accountCheck } from './checks/account';
import { appleLogCheck } from './checks/apple-log';
import { appleStatusCheck } from './checks/apple-status';
import { captivePortalCheck } from './checks/captive-portal';
import { clockCheck } from './checks/clock';
import { dnsCheck } from './checks/dns';
import { dnsConfigCheck } from './checks/dns-config';
import { firewallCheck } from './checks/firewall';
import { keychainCheck } from './checks/keychain';
import { macosCheck } from './checks/macos';
import { proxyCheck } from './checks/proxy';
import { pushCheck } from './checks/push';
import { signinEndpointsCheck } from './checks/signin-endpoints';
import { timeSettingsCheck } from './checks/time-settings';
import { vpnCheck } from './checks/vpn';
import type { CheckDefinition } from './types';

export const REGISTRY: { readonly [Id in CheckId]: CheckDefinition<Id> } = {
  'signin-endpoints': signinEndpointsCheck,
  push: pushCheck,
  'captive-portal': captivePortalCheck,
  dns: dnsCheck,
  proxy: proxyCheck,
  vpn: vpnCheck,
  'dns-config': dnsConfigCheck,
  clock: clockCheck,
  'time-settings': timeSettingsCheck,
  macos: macosCheck,
  firewall: firewallCheck,
  keychain: keychainCheck,
  account: accountCheck,
  'apple-status': appleStatusCheck,
  'apple-log': appleLogCheck,
};

/** Every check, in report order (`CHECK_IDS`). */
export const CHECKS: readonly CheckDefinition[] = CHECK_IDS.map((id) => REGISTRY[id] as CheckDefinition);
