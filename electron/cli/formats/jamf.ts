/**
 * `--format jamf`: one Jamf Pro extension-attribute line. Jamf stores "the text between the
 * `<result></result>` tag" (learn.jamf.com, Jamf Pro "Extension Attribute Input Types"), so the
 * value is two plain tokens a Smart Group can match: `<light> <cause>`, e.g. `red dns.nxdomain`,
 * `green none`. The Date companion (last run as `YYYY-MM-DD hh:mm:ss`, Jamf's date data type) is
 * `jamfDate`, used by build/fleet/jamf/ea-last-run.sh over the cached plist.
 */
import type { Report } from '../../../shared/report';
import { causeToken } from './tokens';

/** The `<result>` line, with a final line feed. Pure. */
export function formatJamf(report: Report): string {
  return `<result>${report.verdict.light} ${causeToken(report.verdict.primaryCause)}</result>\n`;
}

/** Jamf's date data type: `YYYY-MM-DD hh:mm:ss`, in UTC. */
export function jamfDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}
