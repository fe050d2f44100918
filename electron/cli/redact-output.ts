/**
 * The one point of the CLI pipeline where a report becomes what is printed or written, for every
 * `--format` (text included): the shared redaction policy, then every string made safe to show.
 * The formatters render what they are given and never redact or escape on their own.
 *
 * Why the terminal text is redacted too, by default: it is what people paste into forums, support
 * chats and tickets, and a screenshot of a terminal is as public as a pasted report. The defaults are the support report's and `--json`'s
 * (level `full`): one policy, one default. A person who wants to see their own names, paths and
 * addresses asks with `--include-personal`, the same switch for every format; URL credentials
 * are removed even then.
 *
 * Why escaping here as well as in the engine (run-diagnosis.ts): `--from-report` renders a saved
 * file that never went through the engine, and may have been written by anyone.
 */
import { displaySafeDeep } from '../../shared/display-text';
import type { Report } from '../../shared/report';
import { redactReport, thisMacNames } from '../report/redact';

export interface OutputPolicy {
  /** `--include-personal`: keep the person's details (URL credentials still go). */
  includePersonal: boolean;
  /** This computer's names to hide (default: from the host name). */
  machineNames?: readonly string[];
}

/** The report as the CLI may show it: redacted unless asked otherwise, escapes made visible. Pure given `machineNames`. */
export function reportForOutput(report: Report, policy: OutputPolicy): Report {
  const redacted = redactReport(report, policy.includePersonal ? 'none' : 'full', policy.machineNames ?? thisMacNames());
  return displaySafeDeep(redacted);
}
