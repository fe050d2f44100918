/**
 * The fix catalog: one guided card per cause, the only System Settings panes and web pages the
 * app may open, and the lookup the main process uses to run an action by id. Content lives in
 * shared/fixes/*.ts; this module indexes it and enforces the allow-lists.
 */
import type { Cause } from './causes';
import type { FixAction, FixActionDef, FixCard, FixCardDef, SettingsPane } from './fix-types';
import { ACCOUNT_CARDS } from './fixes/account';
import { APPLE_LOG_CARDS } from './fixes/apple-log';
import { APPLE_SIDE_CARDS } from './fixes/apple-side';
import { CAUSE_FIXES } from './fixes/cause-map';
import { localizeAction, localizeCard, perTranslator } from './fixes/localize';
import { NETWORK_CARDS } from './fixes/network';
import { PROXY_VPN_CARDS } from './fixes/proxy-vpn';
import { THIS_MAC_CARDS } from './fixes/this-mac';
import { TLS_TIME_CARDS } from './fixes/tls-time';
import type { Translator } from './i18n';
import { REPAIR_TEXT } from './repair-text';
import { SYMPTOM_DEFS } from './symptoms';

/**
 * `x-apple.systempreferences:` URLs of the panes the app may open, valid on macOS 13 (Ventura)
 * and later (System Settings extension ids; see bvanpeski/SystemPreferences
 * "macos_preferencepanes-Ventura.md", and `Sidebar.plist` inside System Settings.app).
 */
export const SETTINGS_PANE_URLS: Record<SettingsPane, string> = {
  network: 'x-apple.systempreferences:com.apple.Network-Settings.extension',
  wifi: 'x-apple.systempreferences:com.apple.wifi-settings-extension',
  vpn: 'x-apple.systempreferences:com.apple.NetworkExtensionSettingsUI.NESettingsUIExtension',
  // Ventura moved the firewall from Security & Privacy into Network; the anchor selects it.
  firewall: 'x-apple.systempreferences:com.apple.Network-Settings.extension?Firewall',
  'date-time': 'x-apple.systempreferences:com.apple.Date-Time-Settings.extension',
  'apple-account': 'x-apple.systempreferences:com.apple.systempreferences.AppleIDSettings',
  'software-update': 'x-apple.systempreferences:com.apple.Software-Update-Settings.extension',
  'privacy-security': 'x-apple.systempreferences:com.apple.settings.PrivacySecurity.extension',
  'login-items': 'x-apple.systempreferences:com.apple.LoginItems-Settings.extension',
  notifications: 'x-apple.systempreferences:com.apple.Notifications-Settings.extension',
  // macOS 26 has its own Menu Bar pane; see SETTINGS_PANE_FALLBACK_URLS for 13–15.
  'menu-bar': 'x-apple.systempreferences:com.apple.MenuBar-Settings.extension',
};

/** The apps an `open-app` action may open. */
export type OpenableApp = Extract<FixAction, { kind: 'open-app' }>['app'];

/** Display name of an app an `open-app` action may open, as macOS names it in `t`'s language. */
export function appName(app: OpenableApp, t: Translator): string {
  return t.t(app === 'keychain-access' ? 'fixes.app.keychain-access' : 'fixes.app.terminal');
}

/**
 * URLs to try, in order, when the primary pane URL does not open (older macOS). Menu bar items
 * lived in Control Center settings on macOS 13–15.
 */
export const SETTINGS_PANE_FALLBACK_URLS: Partial<Record<SettingsPane, readonly string[]>> = {
  'menu-bar': ['x-apple.systempreferences:com.apple.ControlCenter-Settings.extension'],
};

/** All fix cards as data (no words), keyed by id. */
export const FIX_CARD_DEFS: Readonly<Record<string, FixCardDef>> = Object.freeze(
  Object.fromEntries(
    [...NETWORK_CARDS, ...PROXY_VPN_CARDS, ...TLS_TIME_CARDS, ...APPLE_SIDE_CARDS, ...THIS_MAC_CARDS, ...ACCOUNT_CARDS, ...APPLE_LOG_CARDS].map((c) => [
      c.id,
      c,
    ]),
  ),
);

/** All fix cards with their words in `t`'s language, keyed by id (cached per translator). */
export const fixCards: (t: Translator) => Readonly<Record<string, FixCard>> = perTranslator((t) =>
  Object.freeze(Object.fromEntries(Object.values(FIX_CARD_DEFS).map((d) => [d.id, localizeCard(d, t)]))),
);

/** Fix card ids for a cause, most relevant first (always at least one). */
export function fixIdsForCause(cause: Cause): string[] {
  const ids = Object.hasOwn(CAUSE_FIXES, cause) ? CAUSE_FIXES[cause] : undefined;
  return ids ? [...ids] : ['diagnostic-could-not-run'];
}

const ALLOWED_HOSTS: ReadonlySet<string> = new Set([
  'support.apple.com',
  'iforgot.apple.com',
  'account.apple.com',
  'appleid.apple.com',
  'getsupport.apple.com',
]);

/**
 * True only for https URLs on Apple's support/account hosts, or Apple's System Status page.
 * Rejects other schemes, credentials in the URL, explicit ports, lookalike hosts and anything
 * the URL parser would have to repair (whitespace, backslashes, control characters).
 */
export function isAllowedExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > 2048) return false;
  if (/[\s\\\u0000-\u001f\u007f]/.test(url)) return false;
  if (!url.startsWith('https://')) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return false;
  // The authority must be exactly the host (no userinfo tricks the parser silently accepted).
  const authority = url.slice('https://'.length).split(/[/?#]/, 1)[0] ?? '';
  if (authority.toLowerCase() !== parsed.hostname) return false;
  if (ALLOWED_HOSTS.has(parsed.hostname)) return true;
  if (parsed.hostname === 'www.apple.com') {
    return parsed.pathname === '/support/systemstatus' || parsed.pathname === '/support/systemstatus/';
  }
  return false;
}

/** Reason an action is unsafe, or null when it may be offered. Used by findAction and the tests. */
export function actionProblem(action: FixAction): string | null {
  switch (action.kind) {
    case 'open-settings':
      return Object.hasOwn(SETTINGS_PANE_URLS, action.pane) ? null : `unknown pane ${String(action.pane)}`;
    case 'open-url':
      return isAllowedExternalUrl(action.url) ? null : `URL not allowed: ${action.url}`;
    case 'copy-command':
      return action.command.trim() !== '' && action.note.trim().length >= 20 ? null : 'copy-command needs a command and a note';
    case 'open-app':
      return action.app === 'keychain-access' || action.app === 'terminal' ? null : 'unknown app';
    case 'recheck':
      return action.checks.length > 0 ? null : 'recheck without checks';
    case 'repair':
      return Object.hasOwn(REPAIR_TEXT, action.repair) ? null : `unknown repair ${String(action.repair)}`;
    default:
      return 'unknown action kind';
  }
}

const ACTION_ID = /^([a-z0-9][a-z0-9.-]{0,80})#(0|[1-9]\d?)$/;
const SYMPTOM_PREFIX = 'symptom.';

/**
 * Resolve an action id — `<cardId>#<stepIndex>` or `symptom.<symptomId>#<stepIndex>` — to its
 * action, with its words in `t`'s language. Anything else (unknown card, step without an action,
 * malformed id) gives null.
 */
export function findAction(id: string, t: Translator): FixAction | null {
  if (typeof id !== 'string') return null;
  const m = ACTION_ID.exec(id);
  if (!m) return null;
  const owner = m[1]!;
  const index = Number(m[2]);
  let def: FixActionDef | undefined;
  if (owner.startsWith(SYMPTOM_PREFIX)) {
    const symptom = SYMPTOM_DEFS.find((s) => s.id === owner.slice(SYMPTOM_PREFIX.length));
    def = symptom?.steps[index]?.action;
  } else if (Object.hasOwn(FIX_CARD_DEFS, owner)) {
    def = FIX_CARD_DEFS[owner]?.steps[index]?.action;
  }
  const action = def ? localizeAction(def, t) : undefined;
  return action && actionProblem(action) === null ? action : null;
}

/** The action id of step `index` of a card (or `symptom.<id>` for a symptom guide). */
export function actionIdFor(ownerId: string, index: number): string {
  return `${ownerId}#${index}`;
}
