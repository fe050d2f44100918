/**
 * The "What Apple’s software said" block of the human CLI output: one line per event the
 * apple-log check found (time, process, code, Apple's name, meaning) and how it relates to the
 * live checks now. Empty when the check did not run or found nothing. Pure.
 */
import { type EventRelation, eventCodeText, relateAppleLog } from '../../shared/apple-codes/relate';
import type { Report } from '../../shared/report';

const RELATION_LABEL: Record<EventRelation, string> = {
  primary: 'not explained by any network check',
  explained: 'explained by the live checks',
  corroborates: 'the live checks see it now',
  history: 'works now',
  info: 'for the record',
};

/** Lines to print (no trailing blank line), or [] when there is nothing to say. */
export function appleLogLines(report: Report, maxEvents = 8): string[] {
  const related = relateAppleLog(report.checks);
  if (related.length === 0) return [];
  const shown = [...related].reverse().slice(0, maxEvents);
  const out = ['What Apple’s software said'];
  for (const r of shown) {
    const e = r.event;
    const time = e.at.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
    const times = e.count > 1 ? ` ×${e.count}` : '';
    out.push(
      `  ${time}  ${e.process}  ${eventCodeText(e)}${times} — ${e.meaning ?? 'no meaning known'} (${RELATION_LABEL[r.relation]}${r.liveCause ? `: ${r.liveCause}` : ''})`,
    );
  }
  if (related.length > shown.length) out.push(`  … ${related.length - shown.length} more in --json`);
  return out;
}
