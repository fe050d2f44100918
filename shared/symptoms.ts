/**
 * Interactive symptom guides: what the user sees ("stuck on Verifying", "codes don't arrive"),
 * which checks to run first, then the manual steps no check can do for them, ending with an
 * escalation step that prepares the support report. Action ids: `symptom.<id>#<stepIndex>`.
 * The content lives in shared/fixes/symptom-guides*.ts to keep files short.
 */
import type { CheckId } from './checks';
import type { FixAction } from './fix-types';
import { ACCOUNT_SYMPTOMS } from './fixes/symptom-guides-account';
import { CONNECTION_SYMPTOMS } from './fixes/symptom-guides-connection';

/** One step of a symptom guide. */
export interface SymptomStep {
  /** One instruction, plain words, correct for macOS 13–26. */
  text: string;
  /** Optional longer explanation shown under the step. */
  detail?: string;
  /** `escalate` = the final step that prepares the support report. */
  kind: 'manual' | 'escalate';
  /** Optional button, resolved by id through findAction (never sent as data). */
  action?: FixAction;
}

/** A symptom the user can pick when they do not know the cause. */
export interface Symptom {
  /** Kebab-case id; action ids are `symptom.<id>#<stepIndex>`. */
  id: string;
  title: string;
  description: string;
  /** Checks to run first, most telling first. */
  checks: CheckId[];
  steps: SymptomStep[];
}

/** All symptom guides, in the order the picker shows them. */
export const SYMPTOMS: Symptom[] = [...CONNECTION_SYMPTOMS, ...ACCOUNT_SYMPTOMS];

/** Find a symptom guide by id (null when unknown). */
export function findSymptom(id: string): Symptom | null {
  return SYMPTOMS.find((s) => s.id === id) ?? null;
}
