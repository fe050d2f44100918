/** Every check, in report order. Adding a check = one module in electron/checks + one line here. */
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

export const CHECKS: readonly CheckDefinition[] = [
  signinEndpointsCheck,
  pushCheck,
  captivePortalCheck,
  dnsCheck,
  clockCheck,
  appleStatusCheck,
  proxyCheck,
  vpnCheck,
  dnsConfigCheck,
  keychainCheck,
  macosCheck,
  firewallCheck,
  timeSettingsCheck,
  accountCheck,
  appleLogCheck,
] as CheckDefinition[];
