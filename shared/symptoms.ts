/**
 * Interactive symptom guides: what the user sees ("stuck on Verifying", "codes don't arrive"),
 * which checks to run first, then the manual steps no check can do for them, ending with an
 * escalation step that prepares the support report. Action ids: `symptom.<id>#<stepIndex>`.
 * The content lives in shared/fixes/symptom-guides*.ts to keep files short.
 */

import { ACCOUNT_SYMPTOMS } from './fixes/symptom-guides-account';
import { CONNECTION_SYMPTOMS } from './fixes/symptom-guides-connection';
import type { Symptom } from './symptom-types';

export type { Symptom, SymptomStep } from './symptom-types';

/** All symptom guides, in the order the picker shows them. */
export const SYMPTOMS: Symptom[] = [...CONNECTION_SYMPTOMS, ...ACCOUNT_SYMPTOMS];

/** Find a symptom guide by id (null when unknown). */
export function findSymptom(id: string): Symptom | null {
  return SYMPTOMS.find((s) => s.id === id) ?? null;
}
