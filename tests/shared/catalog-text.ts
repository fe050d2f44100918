/** Test helpers: every piece of user-facing text and every action in the catalog and guides. */
import { fixCards } from '../../shared/fix-catalog';
import type { FixAction } from '../../shared/fix-types';
import { EN } from '../../shared/i18n';
import { symptoms } from '../../shared/symptoms';

export interface Located<T> {
  where: string;
  value: T;
}

/** Every user-visible string, with where it lives. */
export function allTexts(): Located<string>[] {
  const out: Located<string>[] = [];
  for (const card of Object.values(fixCards(EN))) {
    out.push({ where: `${card.id}.title`, value: card.title }, { where: `${card.id}.why`, value: card.why });
    card.steps.forEach((s, i) => {
      out.push({ where: `${card.id}#${i}`, value: s.text });
      if (s.action) out.push(...actionTexts(`${card.id}#${i}`, s.action));
    });
  }
  for (const sym of symptoms(EN)) {
    out.push({ where: `symptom.${sym.id}.title`, value: sym.title }, { where: `symptom.${sym.id}.description`, value: sym.description });
    sym.steps.forEach((s, i) => {
      out.push({ where: `symptom.${sym.id}#${i}`, value: s.text });
      if (s.detail) out.push({ where: `symptom.${sym.id}#${i}.detail`, value: s.detail });
      if (s.action) out.push(...actionTexts(`symptom.${sym.id}#${i}`, s.action));
    });
  }
  return out;
}

function actionTexts(where: string, a: FixAction): Located<string>[] {
  const out: Located<string>[] = [{ where: `${where}.label`, value: a.label }];
  if (a.kind === 'copy-command') out.push({ where: `${where}.note`, value: a.note });
  return out;
}

/** Every step action with its id. */
export function allActions(): Located<FixAction>[] {
  const out: Located<FixAction>[] = [];
  for (const card of Object.values(fixCards(EN))) {
    card.steps.forEach((s, i) => {
      if (s.action) out.push({ where: `${card.id}#${i}`, value: s.action });
    });
  }
  for (const sym of symptoms(EN)) {
    sym.steps.forEach((s, i) => {
      if (s.action) out.push({ where: `symptom.${sym.id}#${i}`, value: s.action });
    });
  }
  return out;
}
