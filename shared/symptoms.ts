/**
 * Interactive symptom guides: what the user sees ("stuck on Verifying", "codes don't arrive"),
 * which checks to run first, then the manual steps no check can do for them, ending with an
 * escalation step that prepares the support report. Action ids: `symptom.<id>#<stepIndex>`.
 * The content (data and message keys) lives in shared/fixes/symptom-guides*.ts, the words in the
 * `fixes` catalog (shared/i18n/catalogs/<locale>/fixes.ts).
 */

import { localizeSymptom, perTranslator } from './fixes/localize';
import { ACCOUNT_SYMPTOMS } from './fixes/symptom-guides-account';
import { CONNECTION_SYMPTOMS } from './fixes/symptom-guides-connection';
import type { Translator } from './i18n';
import type { Symptom, SymptomDef } from './symptom-types';

export type { Symptom, SymptomDef, SymptomStep } from './symptom-types';

/** All symptom guides as data, in the order the picker shows them. */
export const SYMPTOM_DEFS: readonly SymptomDef[] = [...CONNECTION_SYMPTOMS, ...ACCOUNT_SYMPTOMS];

/** All symptom guides with their words in `t`'s language, in picker order (cached per translator). */
export const symptoms: (t: Translator) => readonly Symptom[] = perTranslator((t) => Object.freeze(SYMPTOM_DEFS.map((d) => localizeSymptom(d, t))));

/** Find a symptom guide by id, in `t`'s language (null when unknown). */
export function findSymptom(id: string, t: Translator): Symptom | null {
  return symptoms(t).find((s) => s.id === id) ?? null;
}
