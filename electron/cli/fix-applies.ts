/**
 * Which repairs apply to a diagnosis: the repair buttons of the fix cards the fix plan offers for
 * it (the popover's cards, alternatives included), in plan order, plus "Turn the proxy back on"
 * while proxy values this app switched off are kept. Pure: report in, list out.
 */
import type { Cause } from '../../shared/causes';
import { fixCards } from '../../shared/fix-catalog';
import { buildFixPlan } from '../../shared/fixes/plan';
import type { Translator } from '../../shared/i18n';
import type { RepairId } from '../../shared/repairs';
import type { Report } from '../../shared/report';

export interface ApplicableRepair {
  repair: RepairId;
  /** The fix card that offers it (null for the undo, which no card offers). */
  cardId: string | null;
  cardTitle: string | null;
  /** The cause that card answers. */
  cause: Cause | null;
}

/** The repairs that apply, first card first, each repair once. */
export function applicableRepairs(report: Pick<Report, 'verdict' | 'checks'>, hasSaved: boolean, t: Translator): ApplicableRepair[] {
  const out: ApplicableRepair[] = [];
  const seen = new Set<RepairId>();
  for (const p of buildFixPlan(report, fixCards(t), t).cards) {
    for (const card of [p.card, ...p.alternatives]) {
      for (const step of card.steps) {
        if (step.action?.kind !== 'repair' || seen.has(step.action.repair)) continue;
        seen.add(step.action.repair);
        out.push({ repair: step.action.repair, cardId: card.id, cardTitle: card.title, cause: p.cause });
      }
    }
  }
  if (hasSaved && !seen.has('proxy-on')) out.push({ repair: 'proxy-on', cardId: null, cardTitle: null, cause: null });
  return out;
}
