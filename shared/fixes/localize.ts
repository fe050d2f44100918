/**
 * Fix cards and symptom guides in a person's language. The card and guide files hold only data
 * (ids, panes, URLs, commands, message keys); every word comes from the `fixes` catalog through
 * a `Translator`, so English lives only in shared/i18n/catalogs/en/fixes.ts. Pure; results are
 * cached per translator (a translator is immutable), so faces can call these on every render.
 */
import type { FixAction, FixActionDef, FixCard, FixCardDef } from '../fix-types';
import type { MessageKey, Translator } from '../i18n';
import { repairTexts } from '../repair-text';
import type { Symptom, SymptomDef, SymptomStep } from '../symptom-types';

/** A key built from an id at run time (`fixes.card.<id>.title`); tests/shared/fix-catalog.test.ts proves each exists. */
const key = (k: string): MessageKey => k as MessageKey;

/** The words of one action. A repair's button is the repair's own text (shared/repair-text.ts). */
export function localizeAction(a: FixActionDef, t: Translator): FixAction {
  switch (a.kind) {
    case 'copy-command':
      return { kind: a.kind, command: a.command, label: t.t(a.label), note: t.t(a.note) };
    case 'repair':
      return { kind: a.kind, repair: a.repair, label: repairTexts(t)[a.repair].button };
    case 'open-settings':
      return { kind: a.kind, pane: a.pane, label: t.t(a.label) };
    case 'open-url':
      return { kind: a.kind, url: a.url, label: t.t(a.label) };
    case 'open-app':
      return { kind: a.kind, app: a.app, label: t.t(a.label) };
    case 'recheck':
      return { kind: a.kind, checks: [...a.checks], label: t.t(a.label) };
  }
}

/** One card with its words in `t`'s language. */
export function localizeCard(def: FixCardDef, t: Translator): FixCard {
  const base = `fixes.card.${def.id}`;
  return {
    id: def.id,
    title: t.t(key(`${base}.title`)),
    why: t.t(key(`${base}.why`)),
    audience: def.audience,
    recheck: [...def.recheck],
    steps: def.steps.map((s, i) => ({
      text: t.t(s.text ?? key(`${base}.step${i}`)),
      ...(s.action ? { action: localizeAction(s.action, t) } : {}),
    })),
  };
}

/** One symptom guide with its words in `t`'s language (the escalation step names the guide's topic). */
export function localizeSymptom(def: SymptomDef, t: Translator): Symptom {
  const base = `fixes.symptom.${def.id}`;
  const topic = t.t(key(`${base}.topic`));
  return {
    id: def.id,
    title: t.t(key(`${base}.title`)),
    description: t.t(key(`${base}.description`)),
    checks: [...def.checks],
    steps: def.steps.map((s, i): SymptomStep => {
      const detail = s.detail === true ? t.t(key(`${base}.step${i}.detail`)) : s.detail ? t.t(s.detail) : undefined;
      return {
        text: t.t(s.text ?? key(`${base}.step${i}`), { topic }),
        ...(detail !== undefined ? { detail } : {}),
        kind: s.kind,
        ...(s.action ? { action: localizeAction(s.action, t) } : {}),
      };
    }),
  };
}

/** A per-translator cache of a pure function of the translator. */
export function perTranslator<T>(build: (t: Translator) => T): (t: Translator) => T {
  const cache = new WeakMap<Translator, T>();
  return (t) => {
    let hit = cache.get(t);
    if (hit === undefined) {
      hit = build(t);
      cache.set(t, hit);
    }
    return hit;
  };
}
