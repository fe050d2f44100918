/**
 * Small constructors for fix-card actions and the few Apple URLs the cards link to. Keeping the
 * URLs in one place makes the allow-list test cover every link the catalog can open.
 */
import type { CheckId } from '../checks';
import type { FixAction, SettingsPane } from '../fix-types';
import { REPAIR_TEXT } from '../repair-text';
import type { RepairId } from '../repairs';

/** Apple System Status (consumer). */
export const URL_SYSTEM_STATUS = 'https://www.apple.com/support/systemstatus/';
/** Account recovery / password reset. */
export const URL_IFORGOT = 'https://iforgot.apple.com/';
/** Apple Account management (appleid.apple.com redirects here). */
export const URL_ACCOUNT = 'https://account.apple.com/';
/** Apple Support contact flow. */
export const URL_GETSUPPORT = 'https://getsupport.apple.com/';
/** "Use Apple products on enterprise networks" (formerly HT210060): hosts, ports, no HTTPS inspection. */
export const URL_ENTERPRISE_NETWORKS = 'https://support.apple.com/101555';
/** "If your Apple devices aren't getting Apple push notifications" (formerly HT203609): ports 5223/443. */
export const URL_PUSH_NETWORK = 'https://support.apple.com/102266';
/** "Get a verification code and sign in with two-factor authentication" (formerly HT204974). */
export const URL_VERIFICATION_CODES = 'https://support.apple.com/102606';
/** "How to use account recovery when you can't reset your Apple Account password" (formerly HT204921). */
export const URL_ACCOUNT_RECOVERY = 'https://support.apple.com/118574';
/** "Set up an account recovery contact" (formerly HT212513). */
export const URL_RECOVERY_CONTACT = 'https://support.apple.com/102641';

/** Button that opens a System Settings pane. */
export function openPane(pane: SettingsPane, label: string): FixAction {
  return { kind: 'open-settings', pane, label };
}

/** Button that opens an allow-listed Apple web page. */
export function openUrl(url: string, label: string): FixAction {
  return { kind: 'open-url', url, label };
}

/** Button that copies a command for the user to paste into Terminal (never run by the app). */
export function copyCommand(command: string, label: string, note: string): FixAction {
  return { kind: 'copy-command', command, label, note };
}

/** Button that re-runs some checks. */
export function recheck(checks: CheckId[], label = 'Check again'): FixAction {
  return { kind: 'recheck', checks, label };
}

/** Button that opens Keychain Access. */
export const OPEN_KEYCHAIN_ACCESS: FixAction = { kind: 'open-app', app: 'keychain-access', label: 'Open Keychain Access' };

/**
 * Flush the DNS cache on macOS 10.11 and later (incl. 13–26). The seed's `killall -HUP mDNSResponder`
 * alone skips the Directory Services cache; both halves need sudo.
 */
export const FLUSH_DNS: FixAction = copyCommand(
  'sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder',
  'Copy DNS flush command',
  'Clears this Mac’s cache of DNS answers so it asks again. Paste it into Terminal; it asks for an administrator password. It changes no settings.',
);

/** The last step of every symptom guide: prepare the report and contact Apple Support. */
export function escalateStep(topic: string): { text: string; detail: string; kind: 'escalate'; action: FixAction } {
  return {
    text: `Still not working? Export the report from this app and contact Apple Support about “${topic}”.`,
    detail:
      'The report lists the checks that ran, what they found and the steps you ticked, with your account details left out unless you include them. Mention your Mac model, macOS version and the exact error message you see.',
    kind: 'escalate',
    action: openUrl(URL_GETSUPPORT, 'Contact Apple Support'),
  };
}

/** Button that carries out one of the app's repairs (asks first, shows the command, then re-checks). */
export function repair(id: RepairId): FixAction {
  return { kind: 'repair', repair: id, label: REPAIR_TEXT[id].button };
}

/** The one-click version of FLUSH_DNS: same two commands, run through the macOS administrator prompt. */
export const FLUSH_DNS_REPAIR: FixAction = repair('flush-dns');
