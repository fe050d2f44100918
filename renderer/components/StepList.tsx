/**
 * Numbered steps with a "done" tick each (time kept for the support report) and the step's action
 * button. Shared by fix cards (`owner` = card id) and symptom guides (`owner` = `symptom.<id>`).
 */
import type { CheckId } from '../../shared/checks';
import type { FixAction } from '../../shared/fix-types';
import { runAction, toggleStep } from '../app-actions';
import { clockTime } from '../lib/format';
import { useT, useUi } from '../stores/hooks';
import { RepairAction } from './RepairAction';

export interface StepItem {
  text: string;
  detail?: string;
  action?: FixAction;
  escalate?: boolean;
}

function Step({ owner, index, step, watched, extra }: { owner: string; index: number; step: StepItem; watched: CheckId[]; extra?: React.ReactNode }) {
  const t = useT();
  const doneAt = useUi((s) => s.stepsDone[`${owner}#${index}`]);
  const id = `step-${owner}-${index}`.replace(/[^a-zA-Z0-9_-]/g, '-');
  return (
    <li className={`step${doneAt ? ' step-done' : ''}${step.escalate ? ' step-escalate' : ''}`}>
      <label className="tick" title={doneAt ? t.t('ui.step.markNotDone') : t.t('ui.step.markDone')}>
        <input type="checkbox" className="tick-input" checked={!!doneAt} onChange={() => toggleStep(owner, index)} aria-describedby={`${id}-text`} />
        <span className="tick-box" aria-hidden="true">
          {doneAt ? '✓' : index + 1}
        </span>
        <span className="visually-hidden">{t.t('ui.step.doneLabel', { n: index + 1 })}</span>
      </label>
      <div className="step-body">
        <p className="step-text" id={`${id}-text`}>
          {step.text}
        </p>
        {step.detail && <p className="step-detail">{step.detail}</p>}
        {step.action?.kind === 'copy-command' && (
          <code className="command" title={step.action.note}>
            {step.action.command}
          </code>
        )}
        {(step.action || extra || doneAt) && (
          <div className="step-actions">
            {step.action?.kind === 'repair' && <RepairAction owner={owner} repair={step.action.repair} label={step.action.label} />}
            {step.action && step.action.kind !== 'repair' && (
              <button type="button" className="btn btn-small" onClick={() => void runAction(owner, index, watched)}>
                {step.action.label}
              </button>
            )}
            {extra}
            {doneAt && <span className="done-at">{t.t('ui.step.doneAt', { time: clockTime(doneAt, t) })}</span>}
          </div>
        )}
      </div>
    </li>
  );
}

export function StepList({
  owner,
  steps,
  watched,
  extraFor,
}: {
  owner: string;
  steps: StepItem[];
  watched: CheckId[];
  extraFor?: (i: number) => React.ReactNode;
}) {
  return (
    <ol className="steps">
      {steps.map((s, i) => (
        // Steps are a fixed list from the catalog; the index IS their identity (action ids use it).
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Step key={i} owner={owner} index={i} step={s} watched={watched} extra={extraFor?.(i)} />
      ))}
    </ol>
  );
}
