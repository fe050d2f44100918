/**
 * Which Keychain items belong to the Apple Account sign-in, and the hints drawn from them. Pure.
 *
 * Services and labels, each seen in public code or real keychain listings (nothing invented):
 * - `com.apple.account.AppleIDAuthentication…` and `com.apple.gs.<client>.auth.com.apple.account.
 *   AppleIDAuthentication.token[-expiry-date]`: the GrandSlam (gsa.apple.com) tokens — queried by
 *   macOS tools that test for a signed-in account (`kSecAttrService:
 *   "com.apple.account.AppleIDAuthentication"`), listed among the services of a real Mac login
 *   keychain by R's keyring, deleted one by one by account-reset tools (iOS keychain cleaners
 *   enumerate `com.apple.gs.idms.hb…`, `com.apple.gs.idms.pet…`, `com.apple.gs.icloud.auth…`).
 * - `com.apple.account.AppleAccount.*` (token, password, maps-token, find-my-iphone-token),
 *   `com.apple.account.idms.*` (token, continuation-key, heartbeat-token),
 *   `com.apple.account.IdentityServices.*` (iMessage/FaceTime sign-in with the same account),
 *   `com.apple.appleaccount.*` (fmf/cloudkit tokens): same account-reset tools.
 * - `Apple ID Authentication`: a service/label removed by the same tools when resetting the
 *   Apple ID.
 * - label `com.apple.idms.appleid.prd.<UUID>`: the Apple ID identity certificate/key macOS
 *   creates for the signed-in account (electron-builder 5.4.2 "ignore com.apple.idms.appleid.prd.
 *   certs", #510; also seen as a dscl RecordName alias).
 * - service `iCloud`: seen as "the system entry" in three independent test fixtures of
 *   keychain-dump parsers (weak evidence: kept because it is an iCloud/Apple Account item).
 */
import type { KeychainItem } from '../../../shared/checks';
import type { SecurityItem } from './parsers/security-items';

const SERVICE_PREFIXES = [
  'com.apple.account.AppleIDAuthentication',
  'com.apple.account.AppleAccount.',
  'com.apple.account.idms.',
  'com.apple.account.IdentityServices.',
  'com.apple.appleaccount.',
  'com.apple.gs.',
];
const EXACT_NAMES = new Set(['Apple ID Authentication', 'iCloud']);
const LABEL_PREFIXES = ['com.apple.idms.appleid.'];

/** Items untouched for longer than this are flagged as stale. */
export const STALE_AFTER_MS = 365 * 24 * 60 * 60 * 1000;

/** True for an item of the Apple Account sign-in (see the module comment for the sources). */
export function isAppleAccountItem(item: Pick<SecurityItem, 'service' | 'label'>): boolean {
  const s = item.service ?? '';
  const l = item.label ?? '';
  return SERVICE_PREFIXES.some((p) => s.startsWith(p)) || EXACT_NAMES.has(s) || EXACT_NAMES.has(l) || LABEL_PREFIXES.some((p) => l.startsWith(p));
}

/** The Apple Account items, in the report's shape. */
export function appleAccountItems(items: readonly SecurityItem[]): KeychainItem[] {
  return items.filter(isAppleAccountItem).map((i) => ({
    service: i.service,
    account: i.account,
    label: i.label,
    keychain: i.keychain,
    created: i.created,
    modified: i.modified,
    class: i.class,
  }));
}

/** What an item is called in a hint (service, else label). */
function itemName(i: KeychainItem): string {
  return i.service ?? i.label ?? '(unnamed item)';
}

/**
 * Names that appear on more than one item: an old account or an old copy next to the current one
 * (the classic cause of repeated password prompts).
 */
export function duplicateNames(items: readonly KeychainItem[]): string[] {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(itemName(i), (counts.get(itemName(i)) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 1).map(([name]) => name);
}

/** Names of items not modified (or, lacking that, created) for more than a year before `now`. */
export function staleNames(items: readonly KeychainItem[], now: number): string[] {
  const out = new Set<string>();
  for (const i of items) {
    const when = Date.parse(i.modified ?? i.created ?? '');
    if (Number.isFinite(when) && now - when > STALE_AFTER_MS) out.add(itemName(i));
  }
  return [...out];
}
