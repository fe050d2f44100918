/**
 * The plain-words line recorded in the steps log for each thing a person does. Built in the main
 * process from the catalog (the renderer only sends ids), so the log cannot carry renderer text.
 */
import { CHECK_META, type CheckId } from '../../shared/checks';
import { FIX_CARDS } from '../../shared/fix-catalog';
import type { FixAction } from '../../shared/fix-types';
import type { StepRecord } from '../../shared/repairs';
import type { Report } from '../../shared/report';
import { findSymptom } from '../../shared/symptoms';

/** "Fix: <card title>" or "Problem guide: <title>" for an owner id, and the step's text. */
export function ownerStep(owner: string, step: number): { guide: string; text: string | null } {
  if (owner.startsWith('symptom.')) {
    const s = findSymptom(owner.slice('symptom.'.length));
    return { guide: s ? `Problem guide: ${s.title}` : owner, text: s?.steps[step]?.text ?? null };
  }
  const card = Object.hasOwn(FIX_CARDS, owner) ? FIX_CARDS[owner] : undefined;
  return { guide: card ? `Fix: ${card.title}` : owner, text: card?.steps[step]?.text ?? null };
}

const KIND: Partial<Record<FixAction['kind'], StepRecord['kind']>> = {
  'open-settings': 'opened-settings',
  'open-url': 'opened-url',
  'open-app': 'opened-app',
  'copy-command': 'copied-command',
};

/** The record of a card button that ran (null for kinds recorded elsewhere: re-check, repair). */
export function actionRecord(id: string, action: FixAction, ok: boolean, at: string): StepRecord | null {
  const kind = KIND[action.kind];
  if (!kind) return null;
  const owner = id.slice(0, id.lastIndexOf('#'));
  const { guide } = ownerStep(owner, 0);
  const what = action.kind === 'copy-command' ? `Copied the command \`${action.command}\`` : `Pressed “${action.label}”`;
  return { at, kind, cardId: owner, text: `${guide}: ${what}${ok ? '' : ' (it did not work)'}`, light: null };
}

/** A tick or untick of a step. */
export function tickRecord(id: string, done: boolean, at: string): StepRecord {
  const i = id.lastIndexOf('#');
  const owner = id.slice(0, i);
  const step = Number(id.slice(i + 1));
  const { guide, text } = ownerStep(owner, step);
  return {
    at,
    kind: done ? 'ticked' : 'unticked',
    cardId: owner,
    text: `${guide}, step ${step + 1} ${done ? 'marked done' : 'unmarked'}${text ? `: ${text}` : ''}`,
    light: null,
  };
}

/** A Check now or Re-check, with the light after it. */
export function recheckRecord(only: readonly CheckId[] | undefined, report: Report, at: string): StepRecord {
  const what = only?.length ? `Re-checked ${only.map((c) => CHECK_META[c]?.title ?? c).join(', ')}` : 'Checked everything again';
  return { at, kind: 'rechecked', cardId: null, text: `${what} — light ${report.verdict.light}: ${report.verdict.headline}`, light: report.verdict.light };
}
