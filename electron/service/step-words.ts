/**
 * The plain-words line recorded in the steps log for each thing a person does. Built in the main
 * process from the catalog (the renderer only sends ids), so the log cannot carry renderer text.
 * Written in the person's language at the time (`report` namespace); the kind and ids stay machine words.
 */
import { CHECK_META, type CheckId } from '../../shared/checks';
import type { FixAction } from '../../shared/fix-types';
import { verdictText } from '../../shared/headlines';
import type { Translator } from '../../shared/i18n';
import { listOf } from '../../shared/presentation';
import type { StepRecord } from '../../shared/repairs';
import type { Report } from '../../shared/report';
import { ownerStepText } from '../../shared/support-report';

/** "Fix: <card title>" or "Problem guide: <title>" for an owner id, and the step's text. */
export function ownerStep(owner: string, step: number, t: Translator): { guide: string; text: string | null } {
  return ownerStepText(owner, step, t);
}

const KIND: Partial<Record<FixAction['kind'], StepRecord['kind']>> = {
  'open-settings': 'opened-settings',
  'open-url': 'opened-url',
  'open-app': 'opened-app',
  'copy-command': 'copied-command',
};

/** The record of a card button that ran (null for kinds recorded elsewhere: re-check, repair). */
export function actionRecord(id: string, action: FixAction, ok: boolean, at: string, t: Translator): StepRecord | null {
  const kind = KIND[action.kind];
  if (!kind) return null;
  const owner = id.slice(0, id.lastIndexOf('#'));
  const { guide } = ownerStep(owner, 0, t);
  const text =
    action.kind === 'copy-command'
      ? t.t(ok ? 'report.log.copied' : 'report.log.copied-failed', { guide, command: `\`${action.command}\`` })
      : t.t(ok ? 'report.log.pressed' : 'report.log.pressed-failed', { guide, label: action.label });
  return { at, kind, cardId: owner, text, light: null };
}

/** A tick or untick of a step. */
export function tickRecord(id: string, done: boolean, at: string, t: Translator): StepRecord {
  const i = id.lastIndexOf('#');
  const owner = id.slice(0, i);
  const step = Number(id.slice(i + 1));
  const { guide, text } = ownerStep(owner, step, t);
  const key = done ? (text ? 'report.log.ticked-text' : 'report.log.ticked') : text ? 'report.log.unticked-text' : 'report.log.unticked';
  return { at, kind: done ? 'ticked' : 'unticked', cardId: owner, text: t.t(key, { guide, step: step + 1, text }), light: null };
}

/** A Check now or Re-check, with the light after it. */
export function recheckRecord(only: readonly CheckId[] | undefined, report: Report, at: string, t: Translator): StepRecord {
  const values = { light: report.verdict.light, headline: verdictText(report.verdict, report.checks, t).headline };
  const text = only?.length
    ? t.t('report.log.rechecked-some', {
        ...values,
        checks: listOf(
          only.map((c) => CHECK_META[c]?.title ?? c),
          t,
        ),
      })
    : t.t('report.log.rechecked-all', values);
  return { at, kind: 'rechecked', cardId: null, text, light: report.verdict.light };
}
