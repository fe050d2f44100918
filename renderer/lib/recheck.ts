/**
 * Judging a Re-check: did the fix work? Kept apart from the fix catalog so the code that runs
 * first at start-up (the bridge and its actions) does not pull the catalog in. Pure.
 */
import type { CheckId } from '../../shared/checks';
import type { Translator } from '../../shared/i18n';
import { checkTitle, describeCheck } from '../../shared/i18n/check-text';
import type { CheckResult, Report } from '../../shared/report';

export interface RecheckOutcome {
  worked: boolean | null;
  text: string;
}

/**
 * Did a re-check show the fix worked? Looks at the checks that caused the card (falling back to
 * every re-run check): worked when all of them now pass or no longer apply.
 */
export function recheckOutcome(
  report: Report,
  rerun: readonly CheckId[],
  watched: readonly CheckId[],
  mode: 'fix' | 'diagnose',
  t: Translator,
): RecheckOutcome {
  const focus = watched.filter((id) => rerun.includes(id));
  const ids = focus.length ? focus : [...rerun];
  const results = ids.map((id) => report.checks.find((c) => c.id === id)).filter((c): c is CheckResult => !!c);
  if (!results.length) return { worked: null, text: t.t('ui.recheck.didNotRun') };
  const bad = results.filter((c) => c.status === 'fail' || c.status === 'warn');
  const couldNot = results.filter((c) => c.status === 'error');
  if (bad.length) {
    const first = bad[0]!;
    if (mode === 'diagnose') {
      return { worked: false, text: t.t('ui.recheck.found', { count: bad.length, check: checkTitle(t, first.id), summary: describeCheck(t, first) }) };
    }
    return { worked: false, text: t.t('ui.recheck.notFixed', { check: checkTitle(t, first.id), summary: describeCheck(t, first) }) };
  }
  if (couldNot.length) return { worked: null, text: t.t('ui.recheck.couldNotTell', { check: checkTitle(t, couldNot[0]!.id) }) };
  if (mode === 'diagnose') return { worked: true, text: t.t('ui.recheck.noProblem', { count: results.length }) };
  return {
    worked: true,
    text: results.length === 1 ? t.t('ui.recheck.fixedOne', { check: results[0]!.title }) : t.t('ui.recheck.fixedAll', { count: results.length }),
  };
}
