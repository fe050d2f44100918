/**
 * The fix path: one card for the primary cause (open), one per independent problem (closed),
 * with the checks that only failed because of the primary cause folded under its card as one
 * "Also affected" line. The plan is shared with the CLI (shared/fixes/plan.ts).
 *
 * The open card shows its first step on the first screen; the rest are one click away. Each card
 * has exactly one re-check control (its foot button): a step whose own action is "check again"
 * shows no second button.
 */
import type { CheckId } from '../../shared/checks';
import { fixCards } from '../../shared/fix-catalog';
import type { FixCard as Card } from '../../shared/fix-types';
import type { MessageKey } from '../../shared/i18n';
import { recheck } from '../app-actions';
import { fixPlan, type PlanCard } from '../lib/fix-plan';
import { useDiagnosis, useT, useUi } from '../stores/hooks';
import { uiStore } from '../stores/ui-store';
import { Chevron, StatusGlyph } from './icons';
import { RecheckResult } from './RecheckResult';
import { StepList } from './StepList';

const AUDIENCE: Record<string, MessageKey | null> = { admin: 'ui.card.forAdmin', either: null, user: null };

/** Steps as the card shows them: a "check again" action is the card's foot button, not a second one. */
function cardSteps(card: Card) {
  return card.steps.map((s) => (s.action?.kind === 'recheck' ? { text: s.text } : s));
}

function FixCard({ plan, index }: { plan: PlanCard; index: number }) {
  const t = useT();
  const { card } = plan;
  const primary = plan.role === 'primary';
  const severity = plan.checks.some((c) => c.status === 'fail') || (primary && plan.alsoAffected.length > 0) ? 'fail' : 'warn';
  const open = useUi((s) => s.openCards[card.id] ?? index === 0);
  const allSteps = useUi((s) => !!s.openCards[`${card.id}#steps`]);
  const running = useUi((s) => s.rechecks[card.id]?.state === 'running');
  // Re-check the card's own list plus every check that showed this problem (and the ones folded
  // under it), so the verdict is recomputed from fresh evidence for all of them.
  const watched: CheckId[] = plan.checks.map((c) => c.id);
  const rerun: CheckId[] = [...new Set([...card.recheck, ...watched, ...plan.alsoAffected.map((c) => c.id)])];
  const bodyId = `card-body-${card.id}`;
  const audience = AUDIENCE[card.audience];
  const steps = cardSteps(card);
  const shownSteps = allSteps ? steps : steps.slice(0, 1);
  const more = steps.length - shownSteps.length;
  return (
    <article className={`card card-${severity}${open ? ' card-open' : ''}`} data-card={card.id} data-role={plan.role} aria-labelledby={`card-title-${card.id}`}>
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
          {audience ? <span className="chip">{t.t(audience)}</span> : null}
          <Chevron open={open} />
        </button>
      </h3>
      {plan.alsoAffectedLine && <p className="card-affected">{plan.alsoAffectedLine}</p>}
      {open && (
        <div className="card-body" id={bodyId}>
          {/* The why is one click away with the other steps: the first screen shows the action. */}
          {allSteps && <p className="card-why">{card.why}</p>}
          <StepList owner={card.id} steps={shownSteps} watched={watched} />
          <div className="card-foot">
            {more > 0 || allSteps ? (
              <button
                type="button"
                className="btn btn-small btn-plain"
                aria-expanded={allSteps}
                onClick={() => uiStore.setState((s) => ({ openCards: { ...s.openCards, [`${card.id}#steps`]: !allSteps } }))}
              >
                {allSteps ? t.t('ui.card.fewerSteps') : t.t('ui.card.moreSteps', { count: more })}
              </button>
            ) : null}
            <button
              type="button"
              className="btn btn-primary btn-small"
              aria-disabled={running}
              aria-label={running ? t.t('ui.card.recheckingLabel', { card: card.title }) : t.t('ui.card.recheckLabel', { card: card.title })}
              onClick={() => !running && void recheck(card.id, rerun, watched)}
            >
              {running ? t.t('ui.checking') : t.t('ui.card.recheck')}
            </button>
          </div>
          <RecheckResult owner={card.id} />
          {plan.alternatives.length > 0 && (
            <p className="card-alt">{t.t('ui.card.alternatives', { cards: plan.alternatives.map((a) => a.title).join(' · ') })}</p>
          )}
        </div>
      )}
    </article>
  );
}

/** A card whose Re-check showed the fix worked stays visible (closed) so the success is seen. */
function FixedCard({ id }: { id: string }) {
  const t = useT();
  const card = fixCards(t)[id];
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
  const t = useT();
  // Cards follow the last COMPLETE report, not results still streaming in: a card popping up
  // mid-run would push the checks list down while the user reads it.
  const report = useDiagnosis((s) => s.app.report);
  const rechecks = useUi((s) => s.rechecks);
  const plan = fixPlan(report, t);
  const shown = new Set(plan.cards.map((p) => p.card.id));
  const fixed = Object.entries(rechecks)
    .filter(([id, r]) => r.state === 'done' && r.worked === true && !shown.has(id) && Object.hasOwn(fixCards(t), id))
    .map(([id]) => id);
  if (!plan.cards.length && !fixed.length) return null;
  return (
    <section className="fixes" aria-labelledby="fixes-title">
      <h2 id="fixes-title" className="visually-hidden">
        {plan.cards.length ? t.t('ui.card.howToFix', { count: plan.cards.length }) : t.t('ui.card.fixed')}
      </h2>
      {plan.countLine && <p className="fix-count">{plan.countLine}</p>}
      {plan.cards.map((p, i) => (
        <FixCard plan={p} index={i} key={p.card.id} />
      ))}
      {fixed.map((id) => (
        <FixedCard id={id} key={id} />
      ))}
    </section>
  );
}
