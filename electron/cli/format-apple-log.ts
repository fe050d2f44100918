/**
 * The "What Apple’s software said" block of the human CLI output: one line per event the
 * apple-log check found (time, process, code, Apple's name, meaning) and how it relates to the
 * live checks now. Empty when the check did not run or found nothing. Pure.
 */
import { eventCodeText, relateAppleLog } from '../../shared/apple-codes/relate';
import { EN, type Translator } from '../../shared/i18n/translator';
import type { Report } from '../../shared/report';

/** Lines to print (no trailing blank line), or [] when there is nothing to say. */
export function appleLogLines(report: Report, t: Translator = EN, maxEvents = 8): string[] {
  const related = relateAppleLog(report.checks);
  if (related.length === 0) return [];
  const shown = [...related].reverse().slice(0, maxEvents);
  const out = [t.t('cli.apple-log.heading')];
  for (const r of shown) {
    const e = r.event;
    const time = e.at.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
    const values = {
      time,
      process: e.process,
      code: eventCodeText(e),
      count: e.count,
      // Apple's meaning of a code is quoted from its English documentation.
      meaning: e.meaning ?? t.t('cli.apple-log.no_meaning'),
      relation: t.t(`cli.apple-log.relation.${r.relation}`),
      cause: r.liveCause ?? '',
    };
    out.push(`  ${t.t(r.liveCause ? 'cli.apple-log.line_cause' : 'cli.apple-log.line', values)}`);
  }
  if (related.length > shown.length) out.push(`  ${t.t('cli.apple-log.more', { n: related.length - shown.length })}`);
  return out;
}
