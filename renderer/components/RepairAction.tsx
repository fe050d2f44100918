/**
 * A fix-card step that the app can carry out itself. Consent first: the button says what it will
 * do; pressing it shows the plain words and the exact command, and only "Run it" runs it (macOS then
 * asks for the administrator password). Proof after: the result says whether the re-check shows it
 * fixed, what is still wrong, or "Nothing was changed" when the password prompt was cancelled.
 */
import { useState } from 'react';
import type { RepairId, RepairPlanView, RepairRunResult } from '../../shared/repairs';
import { planRepair, runRepair } from '../app-actions';
import { useT } from '../stores/hooks';

type Phase =
  | { kind: 'idle' }
  | { kind: 'asking'; plan: RepairPlanView }
  | { kind: 'running'; plan: RepairPlanView }
  | { kind: 'done'; result: RepairRunResult };

export function RepairAction({ owner, repair, label }: { owner: string; repair: RepairId; label: string }) {
  const t = useT();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  async function prepare(id: RepairId) {
    setError(null);
    try {
      setPhase({ kind: 'asking', plan: await planRepair(id, owner) });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }
  async function run(plan: RepairPlanView) {
    if (!plan.planId) return;
    setPhase({ kind: 'running', plan });
    try {
      setPhase({ kind: 'done', result: await runRepair(owner, plan.planId) });
    } catch (err) {
      setPhase({ kind: 'idle' });
      setError(err instanceof Error ? err.message : String(err));
    }
  }
  if (phase.kind === 'idle') {
    return (
      <span className="repair">
        <button type="button" className="btn btn-small" onClick={() => void prepare(repair)}>
          {t.t('ui.repair.open', { label })}
        </button>
        {error && <span className="repair-error">{t.t('ui.repair.prepareError', { error })}</span>}
      </span>
    );
  }
  if (phase.kind === 'done') {
    const r = phase.result;
    return (
      <div className={`repair repair-${r.outcome}`} role="status">
        <p className="repair-result">{r.message}</p>
        {(r.outcome === 'cancelled' || r.outcome === 'failed' || r.outcome === 'not-fixed') && (
          <button type="button" className="btn btn-small" onClick={() => void prepare(repair)}>
            {t.t('ui.repair.open', { label })}
          </button>
        )}
        {r.undo && (
          <button type="button" className="btn btn-small" onClick={() => void prepare(r.undo!)}>
            {t.t('ui.repair.undo')}
          </button>
        )}
      </div>
    );
  }
  const { plan } = phase;
  return (
    <section className="repair repair-consent" aria-label={plan.title}>
      <p className="repair-words">{plan.manual ?? plan.words}</p>
      {plan.command && (
        <>
          <p className="step-detail">{t.t('ui.repair.commandIntro')}</p>
          <code className="command">{plan.command}</code>
        </>
      )}
      <div className="step-actions">
        {plan.planId && (
          <button
            type="button"
            className="btn btn-primary btn-small"
            aria-disabled={phase.kind === 'running'}
            onClick={() => phase.kind === 'asking' && void run(plan)}
          >
            {phase.kind === 'running' ? t.t('ui.repair.waiting') : plan.title}
          </button>
        )}
        <button type="button" className="btn btn-small" onClick={() => setPhase({ kind: 'idle' })}>
          {plan.planId ? t.t('ui.repair.cancel') : t.t('ui.repair.close')}
        </button>
      </div>
    </section>
  );
}
