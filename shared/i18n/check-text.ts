/**
 * What every face prints about a check, in the reader's language: its name, its group's name,
 * its one-line summary (from the result's message descriptor; the report's English `summary` only
 * for a report written before descriptors existed or by a newer build) and, for a check that did
 * not run, the few words saying why.
 */
import type { CheckGroup, CheckId } from '../checks';
import type { CheckResult } from '../report';
import type { MessageKey } from './catalogs/en';
import { renderCheckMessage } from './render-check-message';
import type { Translator } from './translator';

/** A check's name ("Clock accuracy", "Uhrzeit-Genauigkeit"). */
export function checkTitle(t: Translator, id: CheckId): string {
  return t.t(`checks.${id}.title` as MessageKey);
}

/** A check group's name. */
export function groupTitle(t: Translator, group: CheckGroup): string {
  return t.t(`checks.group.${group}` as MessageKey);
}

/** A check's summary in `t`'s language. */
export function describeCheck(t: Translator, check: Pick<CheckResult, 'summary' | 'message'>): string {
  return (check.message && renderCheckMessage(t, check.message)) || check.summary;
}

/** Tool failures whose message names the tool in `values.tool` ("scutil --proxy"). */
const TOOL_TIMEOUT = new Set(['checks.tool.not_started', 'checks.tool.timeout']);
const TOOL_MISSING = new Set(['checks.tool.missing']);

/**
 * For a check that did not run (skip or error): "Not checked: only runs on macOS", "Not checked:
 * scutil timed out", "Not checked: <why>"; null when it ran. Reads the descriptor, never the text.
 */
export function notCheckedText(t: Translator, check: Pick<CheckResult, 'status' | 'cause' | 'summary' | 'message'>): string | null {
  if (check.status === 'skip' && (!check.message || check.message.key === 'checks.common.macos_only')) return t.t('checks.common.not_checked.macos_only');
  if (check.status !== 'error' && check.status !== 'skip') return null;
  const m = check.message;
  const tool = typeof m?.values?.tool === 'string' ? m.values.tool.split(' ')[0]! : null;
  if (m && tool && TOOL_TIMEOUT.has(m.key)) return t.t('checks.common.not_checked.tool_timeout', { tool });
  if (m && tool && TOOL_MISSING.has(m.key)) return t.t('checks.common.not_checked.tool_missing', { tool });
  return t.t('checks.common.not_checked', { why: describeCheck(t, check) });
}
