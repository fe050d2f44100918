/**
 * Shape of the fix catalog (shared/fix-catalog.ts). A fix card is data: the UI, the CLI and the
 * support report render it; the main process runs its actions only by looking them up here,
 * so nothing outside the catalog can ever be opened, copied or run.
 */
import type { CheckId } from './checks';
import type { MessageKey } from './i18n';
import type { RepairId } from './repairs';

/** System Settings panes the app may open (see SETTINGS_PANE_URLS in shared/fix-catalog.ts for their URLs). */
export type SettingsPane =
  | 'network'
  | 'wifi'
  | 'vpn'
  | 'firewall'
  | 'date-time'
  | 'apple-account'
  | 'software-update'
  | 'privacy-security'
  | 'login-items'
  | 'notifications'
  | 'menu-bar';

/** Something a card's button does. Only these kinds exist. */
export type FixAction =
  | { kind: 'open-settings'; pane: SettingsPane; label: string }
  | { kind: 'open-url'; url: string; label: string }
  | { kind: 'copy-command'; command: string; label: string /** What it does and whether it needs admin rights. */; note: string }
  | { kind: 'open-app'; app: 'keychain-access' | 'terminal'; label: string }
  | { kind: 'recheck'; checks: CheckId[]; label: string }
  /** A repair the app carries out itself (shared/repairs.ts), after consent, then re-checks. */
  | { kind: 'repair'; repair: RepairId; label: string };

/**
 * An action as data: its words are message keys (shared/i18n/catalogs/en/fixes.ts), turned into a
 * `FixAction` by `localizeAction` (shared/fixes/localize.ts). A repair's button words are the
 * repair's own (shared/repairs.ts).
 */
export type FixActionDef =
  | { kind: 'open-settings'; pane: SettingsPane; label: MessageKey }
  | { kind: 'open-url'; url: string; label: MessageKey }
  | { kind: 'copy-command'; command: string; label: MessageKey; note: MessageKey }
  | { kind: 'open-app'; app: Extract<FixAction, { kind: 'open-app' }>['app']; label: MessageKey }
  | { kind: 'recheck'; checks: CheckId[]; label: MessageKey }
  | { kind: 'repair'; repair: RepairId };

/** One step of a card as data. Its text is `fixes.card.<cardId>.step<i>` unless `text` names a shared message. */
export interface FixStepDef {
  text?: MessageKey;
  action?: FixActionDef;
}

/**
 * A fix card as data: no words, only ids and keys. Title and why are `fixes.card.<id>.title|why`.
 * `localizeCard(def, t)` gives the `FixCard` a face renders.
 */
export interface FixCardDef {
  id: string;
  steps: FixStepDef[];
  recheck: CheckId[];
  audience: FixCard['audience'];
}

export interface FixStep {
  /** One instruction, plain words, correct for macOS 13–26 (System Settings, not System Preferences). */
  text: string;
  /** Optional button shown beside the step. */
  action?: FixAction;
}

export interface FixCard {
  id: string;
  title: string;
  /** Why it matters, for a non-expert. */
  why: string;
  steps: FixStep[];
  /** Which checks to re-run to confirm the fix worked. */
  recheck: CheckId[];
  /** Who can do this: the user, or an IT admin / network owner. */
  audience: 'user' | 'admin' | 'either';
}
