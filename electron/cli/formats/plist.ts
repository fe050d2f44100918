/**
 * `--format plist`: a flat XML property list for Intune / Workspace ONE scripts (`defaults read`,
 * `/usr/libexec/PlistBuddy`) and osquery's core `plist` table (osquery specs/darwin/plist.table:
 * `key, value, path`), so a fleet can query the verdict with zero extensions. Keys are flat, token
 * values carry no character Workspace ONE refuses (see tokens.ts). Every key is documented in
 * README "For IT admins"; `formatVersion` changes only when a key changes meaning.
 */
import type { Report } from '../../../shared/report';
import { EXIT_CODES } from '../../../shared/report';
import { causeToken, LIGHT_LEVEL, safeToken } from './tokens';

/** Version of the flat key set below. */
export const PLIST_FORMAT_VERSION = 1;

type PlistValue = string | number | boolean | Date;

export interface PlistOptions {
  /** Unix ms of the last green run known to the caller, or null. */
  lastGreenMs: number | null;
}

/** The flat dictionary, in a stable key order. Pure. */
export function flatPlistEntries(report: Report, opts: PlistOptions): [string, PlistValue][] {
  const endedMs = Date.parse(report.startedAt) + report.durationMs;
  const entries: [string, PlistValue][] = [
    ['formatVersion', PLIST_FORMAT_VERSION],
    ['light', report.verdict.light],
    ['lightLevel', LIGHT_LEVEL[report.verdict.light]],
    ['exitCode', EXIT_CODES[report.verdict.light]],
    ['cause', causeToken(report.verdict.primaryCause)],
    ['otherCauses', report.verdict.otherCauses.map(causeToken).join(' ')],
    ['headline', report.verdict.headline],
    ['lastRun', new Date(Math.floor(endedMs / 1000) * 1000)],
    ['lastRunEpoch', Math.round(endedMs / 1000)],
    ['lastGreenEpoch', opts.lastGreenMs === null ? 0 : Math.round(opts.lastGreenMs / 1000)],
    ['durationMs', Math.round(report.durationMs)],
    [
      'failingChecks',
      report.checks
        .filter((c) => c.status === 'fail')
        .map((c) => safeToken(c.id))
        .join(' '),
    ],
    [
      'warningChecks',
      report.checks
        .filter((c) => c.status === 'warn')
        .map((c) => safeToken(c.id))
        .join(' '),
    ],
  ];
  if (opts.lastGreenMs !== null) entries.splice(9, 0, ['lastGreen', new Date(Math.floor(opts.lastGreenMs / 1000) * 1000)]);
  for (const c of report.checks) entries.push([`check.${c.id}`, c.status]);
  return entries;
}

/** Render the plist (XML, Apple's PropertyList-1.0 DTD), final line feed. Pure. */
export function formatPlist(report: Report, opts: PlistOptions): string {
  const body = flatPlistEntries(report, opts)
    .map(([k, v]) => `\t<key>${xml(k)}</key>\n\t${value(v)}`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
${body}
</dict>
</plist>
`;
}

function value(v: PlistValue): string {
  if (typeof v === 'boolean') return v ? '<true/>' : '<false/>';
  if (typeof v === 'number') return Number.isInteger(v) ? `<integer>${v}</integer>` : `<real>${v}</real>`;
  // plist dates are ISO 8601 in UTC without fractional seconds (Apple's PropertyList-1.0 DTD).
  if (v instanceof Date) return `<date>${v.toISOString().replace(/\.\d{3}Z$/, 'Z')}</date>`;
  return `<string>${xml(v)}</string>`;
}

/** XML text escaping; control characters other than tab/LF/CR are not allowed in XML 1.0. */
function xml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
