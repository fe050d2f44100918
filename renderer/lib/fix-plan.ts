/**
 * The popover's view of the fix plan. The plan itself (one card per cause, consequences folded
 * under the primary card, cards only where the evidence supports their text) lives in
 * shared/fixes/plan.ts so the CLI prints exactly the same path.
 */
import { FIX_CARD_DEFS, fixCards, fixIdsForCause } from '../../shared/fix-catalog';
import { buildFixPlan, type FixPlan, type PlanCard } from '../../shared/fixes/plan';
import type { Translator } from '../../shared/i18n';
import type { CheckResult, Report } from '../../shared/report';

export type { FixPlan, PlanCard };

/** Card ids for one check result, most relevant first, without duplicates (only cards this build has). */
export function cardIdsFor(result: CheckResult): string[] {
  const ids = [...(result.cause ? fixIdsForCause(result.cause) : []), ...(Array.isArray(result.fixes) ? result.fixes : [])];
  // The card definitions, not `fixCards(EN)`: the popover's `EN` has no `fixes` texts (shared/i18n/popover-en.ts).
  return [...new Set(ids)].filter((id) => Object.hasOwn(FIX_CARD_DEFS, id));
}

/** The plan for the last complete report (never for results still streaming in). */
export function fixPlan(report: Pick<Report, 'verdict' | 'checks'> | null | undefined, t: Translator): FixPlan {
  return buildFixPlan(report, fixCards(t), t);
}
