/**
 * Which guided fix cards to show: every card for every failing or warning check (its cause's
 * cards from the catalog plus the ones the engine attached), each card once, the card for the
 * verdict's primary cause first. Pure.
 */
import type { Cause } from '../../shared/causes';
import { FIX_CARDS, fixIdsForCause } from '../../shared/fix-catalog';
import type { FixCard } from '../../shared/fix-types';
import type { CheckResult } from '../../shared/report';

export interface CardPlan {
  card: FixCard;
  /** The failing/warning checks this card addresses. */
  checks: CheckResult[];
  /** True for the first card of the primary cause: shown open. */
  primary: boolean;
}

/** Card ids for one check result, most relevant first, without duplicates. */
export function cardIdsFor(result: CheckResult): string[] {
  const ids = [...(result.cause ? fixIdsForCause(result.cause) : []), ...(Array.isArray(result.fixes) ? result.fixes : [])];
  return [...new Set(ids)].filter((id) => Object.hasOwn(FIX_CARDS, id));
}

/** The cards to show for these problem checks. */
export function fixPlan(problems: CheckResult[], primaryCause: Cause | null): CardPlan[] {
  const ordered = [...problems].sort((a, b) => Number(b.cause === primaryCause) - Number(a.cause === primaryCause));
  const byId = new Map<string, CardPlan>();
  for (const check of ordered) {
    for (const id of cardIdsFor(check)) {
      const plan = byId.get(id);
      if (plan) plan.checks.push(check);
      else byId.set(id, { card: FIX_CARDS[id]!, checks: [check], primary: false });
    }
  }
  const plans = [...byId.values()];
  if (plans[0]) plans[0].primary = true;
  return plans;
}
