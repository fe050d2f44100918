/**
 * The words of each repair (button, what it does, the "Fixed" line) from the `repair` catalog,
 * and the checks that prove it worked. Kept apart from shared/repairs.ts so the IPC contract (and
 * the sandboxed preload that validates it) does not carry the translator.
 */
import type { CheckId } from './checks';
import { EN, type MessageKey, type Translator } from './i18n';
import { REPAIR_IDS, type RepairId } from './repairs';

/** One repair's words. */
export interface RepairText {
  /** The button: what it will do, in words. */
  button: string;
  /** One sentence under the command: what changes, what stays. */
  does: string;
  /** The checks that prove it worked. */
  recheck: CheckId[];
  /** "Fixed — …" text when those checks pass again. */
  fixed: string;
}

/** The checks that prove each repair worked (the card's re-check after it ran). */
const RECHECK: Record<RepairId, CheckId[]> = {
  'flush-dns': ['dns', 'signin-endpoints'],
  'proxy-off': ['proxy', 'signin-endpoints'],
  'proxy-on': ['proxy', 'signin-endpoints'],
  'auto-time-on': ['time-settings', 'clock', 'signin-endpoints'],
};

/** Message keys of each repair's words (catalog namespace `repair`). */
const KEYS: Record<RepairId, Record<'button' | 'does' | 'fixed', MessageKey>> = {
  'flush-dns': { button: 'repair.flush-dns.button', does: 'repair.flush-dns.does', fixed: 'repair.flush-dns.fixed' },
  'proxy-off': { button: 'repair.proxy-off.button', does: 'repair.proxy-off.does', fixed: 'repair.proxy-off.fixed' },
  'proxy-on': { button: 'repair.proxy-on.button', does: 'repair.proxy-on.does', fixed: 'repair.proxy-on.fixed' },
  'auto-time-on': { button: 'repair.auto-time-on.button', does: 'repair.auto-time-on.does', fixed: 'repair.auto-time-on.fixed' },
};

/** Every repair's words in the translator's language. */
export function repairTexts(t: Translator): Record<RepairId, RepairText> {
  const out = {} as Record<RepairId, RepairText>;
  for (const id of REPAIR_IDS) out[id] = { button: t.t(KEYS[id].button), does: t.t(KEYS[id].does), recheck: RECHECK[id], fixed: t.t(KEYS[id].fixed) };
  return out;
}

/** The English words (the fix catalog's button labels, and the fallback). */
export const REPAIR_TEXT: Record<RepairId, RepairText> = repairTexts(EN);
