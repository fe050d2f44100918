/** Guided fix cards for every failing or warning check, primary cause first. */
import type { CheckId } from '../../shared/checks';
import { FIX_CARDS } from '../../shared/fix-catalog';
import { recheck } from '../app-actions';
import { problemChecks } from '../lib/check-rows';
import { type CardPlan, fixPlan } from '../lib/fix-plan';
import { useDiagnosis, useUi } from '../stores/hooks';
import { uiStore } from '../stores/ui-store';
import { Chevron, StatusGlyph } from './icons';
import { RecheckResult } from './RecheckResult';
import { StepList } from './StepList';

const AUDIENCE: Record<string, string | null> = { admin: 'For your IT admin', either: null, user: null };

function FixCard({ plan }: { plan: CardPlan }) {
  const { card } = plan;
  const severity = plan.checks.some((c) => c.status === 'fail') ? 'fail' : 'warn';
  const open = useUi((s) => s.openCards[card.id] ?? plan.primary);
  const running = useUi((s) => s.rechecks[card.id]?.state === 'running');
  // Re-check the card's own list plus every check that showed this problem, so the verdict is
  // recomputed from fresh evidence for all of them.
  const watched: CheckId[] = plan.checks.map((c) => c.id);
  const bodyId = `card-body-${card.id}`;
  const audience = AUDIENCE[card.audience];
  return (
    <article className={`card card-${severity}${open ? ' card-open' : ''}`} data-card={card.id} aria-labelledby={`card-title-${card.id}`}>
      <h3 className="card-title">
        <button
          type="button"
          className="card-toggle"
          id={`card-title-${card.id}`}
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => uiStore.setState((s) => ({ openCards: { ...s.openCards, [card.id]: !open } }))}
        >
          <StatusGlyph status={severity} />
          <span className="card-name">{card.title}</span>
          <Chevron open={open} />
        </button>
      </h3>
      <p className="card-for">
        For: {plan.checks.map((c) => c.title).join(', ')}
        {audience ? <span className="chip">{audience}</span> : null}
      </p>
      {open && (
        <div className="card-body" id={bodyId}>
          <p className="card-why">{card.why}</p>
          <StepList owner={card.id} steps={card.steps} watched={watched} />
          <div className="card-foot">
            <button
              type="button"
              className="btn btn-primary btn-small"
              aria-disabled={running}
              onClick={() => !running && void recheck(card.id, [...new Set([...card.recheck, ...watched])], watched)}
            >
              {running ? 'Checking…' : 'Re-check'}
            </button>
            <RecheckResult owner={card.id} />
          </div>
        </div>
      )}
    </article>
  );
}

/** A card whose Re-check showed the fix worked stays visible (closed) so the success is seen. */
function FixedCard({ id }: { id: string }) {
  const card = FIX_CARDS[id];
  if (!card) return null;
  return (
    <article className="card card-fixed" data-card={id} aria-labelledby={`card-title-${id}`}>
      <h3 className="card-title" id={`card-title-${id}`}>
        <StatusGlyph status="pass" />
        <span>{card.title}</span>
      </h3>
      <RecheckResult owner={id} />
    </article>
  );
}

export function FixCards() {
  const app = useDiagnosis((s) => s.app);
  const rechecks = useUi((s) => s.rechecks);
  // Cards follow the last COMPLETE report, not results still streaming in: a card popping up
  // mid-run would push the checks list down while the user reads it.
  const plans = fixPlan(problemChecks({ ...app, running: null }), app.report?.verdict.primaryCause ?? null);
  const shown = new Set(plans.map((p) => p.card.id));
  const fixed = Object.entries(rechecks)
    .filter(([id, r]) => r.state === 'done' && r.worked === true && !shown.has(id) && Object.hasOwn(FIX_CARDS, id))
    .map(([id]) => id);
  if (!plans.length && !fixed.length) return null;
  return (
    <section className="fixes" aria-labelledby="fixes-title">
      <h2 id="fixes-title" className="section-title">
        {plans.length ? 'How to fix it' : 'Fixed'}
      </h2>
      {plans.map((p) => (
        <FixCard plan={p} key={p.card.id} />
      ))}
      {fixed.map((id) => (
        <FixedCard id={id} key={id} />
      ))}
    </section>
  );
}
