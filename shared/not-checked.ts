/**
 * What a person reads for a check that did not run: why, in a few words, and nothing else — no
 * evidence rows, because nothing was measured ("Connected VPN: none" under a check that never
 * looked would tell someone there is no VPN when nobody checked). Shared by the popover and CLI.
 */
import type { Translator } from './i18n';
import type { CheckResult } from './report';

/** True when the check produced no measurement (did not apply, or could not run). */
export function didNotRun(result: Pick<CheckResult, 'status'>): boolean {
  return result.status === 'skip' || result.status === 'error';
}

/** "Not checked: only runs on macOS", "Not checked: scutil timed out", … or null when it ran. */
export function notCheckedLine(result: Pick<CheckResult, 'status' | 'cause' | 'summary'>, t: Translator): string | null {
  if (result.status === 'skip') return t.t('causes.not-checked.skip');
  if (result.status !== 'error') return null;
  // Command failures start with the command line ("scutil --proxy did not finish in time…").
  const tool = /^([a-z_]+)\b/.exec(result.summary)?.[1];
  if (result.cause === 'cmd.timeout' && tool) return t.t('causes.not-checked.timeout', { tool });
  if (result.cause === 'cmd.missing' && tool) return t.t('causes.not-checked.missing', { tool });
  // The summary is the check's own words (namespace `checks`), already in the person's language.
  const why = result.summary.replace(/^Could not run:\s*/i, '').replace(/\.$/, '');
  if (!why) return t.t('causes.not-checked.unknown');
  return t.t('causes.not-checked.why', { why: /^(en|fr|es)/.test(t.locale) ? why.charAt(0).toLowerCase() + why.slice(1) : why });
}
