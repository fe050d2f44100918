/** The shape of a symptom guide (content in shared/fixes/symptom-guides-*.ts, index in shared/symptoms.ts). */
import type { CheckId } from './checks';
import type { FixAction, FixActionDef } from './fix-types';
import type { MessageKey } from './i18n';

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

/**
 * One step of a symptom guide as data. Text is `fixes.symptom.<id>.step<i>` unless `text` names a
 * shared message; `detail: true` means `fixes.symptom.<id>.step<i>.detail`.
 */
export interface SymptomStepDef {
  text?: MessageKey;
  detail?: MessageKey | true;
  kind: SymptomStep['kind'];
  action?: FixActionDef;
}

/** A symptom guide as data; title, description and the escalation topic are `fixes.symptom.<id>.*`. */
export interface SymptomDef {
  id: string;
  checks: CheckId[];
  steps: SymptomStepDef[];
}
