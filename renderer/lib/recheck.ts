/**
 * Judging a Re-check: did the fix work? Kept apart from the fix catalog so the code that runs
 * first at start-up (the bridge and its actions) does not pull the catalog in. Pure.
 */
import type { CheckId } from '../../shared/checks';
import type { CheckResult, Report } from '../../shared/report';

export interface RecheckOutcome {
  worked: boolean | null;
  text: string;
}

/**
 * Did a re-check show the fix worked? Looks at the checks that caused the card (falling back to
 * every re-run check): worked when all of them now pass or no longer apply.
 */
export function recheckOutcome(report: Report, rerun: readonly CheckId[], watched: readonly CheckId[], mode: 'fix' | 'diagnose' = 'fix'): RecheckOutcome {
  const focus = watched.filter((id) => rerun.includes(id));
  const ids = focus.length ? focus : [...rerun];
  const results = ids.map((id) => report.checks.find((c) => c.id === id)).filter((c): c is CheckResult => !!c);
  if (!results.length) return { worked: null, text: 'The check did not run. Try Check now.' };
  const bad = results.filter((c) => c.status === 'fail' || c.status === 'warn');
  const couldNot = results.filter((c) => c.status === 'error');
  if (bad.length) {
    const first = bad[0]!;
    if (mode === 'diagnose') {
      return { worked: false, text: `${bad.length === 1 ? 'One check' : `${bad.length} checks`} found a problem — ${first.title}: ${first.summary}` };
    }
    return { worked: false, text: `Not fixed yet — ${first.title}: ${first.summary}` };
  }
  if (couldNot.length) return { worked: null, text: `Could not tell — ${couldNot[0]!.title} could not run.` };
  if (mode === 'diagnose') return { worked: true, text: `No problem found by ${results.length === 1 ? 'this check' : `these ${results.length} checks`}.` };
  return { worked: true, text: results.length === 1 ? `Fixed — ${results[0]!.title} passes now.` : `Fixed — all ${results.length} checks pass now.` };
}
