/**
 * The support report a person sends to Apple Support or their IT admin (seed article: "gather your
 * Mac model and macOS version, the exact error messages, the steps you've already tried with
 * timestamps"): this Mac, the verdict, every check's evidence and error codes, the steps ticked in
 * fix cards and symptom guides, the symptom picked, and the last 24 hours of history.
 *
 * One structure is built, redacted as a whole (unless the user includes personal details), then
 * written as JSON or Markdown — so both formats always hide the same things. Pure.
 */

import { appleLogCodes, appleLogReportLines } from './apple-codes/report-lines';
import { CAUSE_TEXT } from './cause-text';
import type { Cause } from './causes';
import type { CheckStatus } from './checks';
import { FIX_CARDS } from './fix-catalog';
import type { HistoryEntry } from './history';
import type { ExportRequest, ExportResult } from './ipc';
import { STATUS_WORDS } from './presentation';
import { applyRedaction } from './redact-policy';
import type { StepRecord } from './repairs';
import type { Report, Verdict } from './report';
import { findSymptom } from './symptoms';

export const SUPPORT_REPORT_SCHEMA = 'appleid-doctor/support-report@1' as const;

export interface SupportReportInput {
  report: Report | null;
  history: HistoryEntry[];
  request: ExportRequest;
  now: Date;
  /** This computer's names (host name, local host name) to hide, when the caller knows them. */
  machineNames?: string[];
  /** What the person did in the app (opened, copied, repaired, re-checked), from the steps log. */
  steps?: StepRecord[];
}

interface CheckOut {
  id: string;
  title: string;
  status: CheckStatus;
  cause: Cause | null;
  causeTitle: string | null;
  summary: string;
  durationMs: number;
  errorCodes: string[];
  fixCards: string[];
  evidence: Record<string, unknown>;
}

interface SupportReport {
  schema: typeof SUPPORT_REPORT_SCHEMA;
  generatedAt: string;
  personalDetails: 'hidden' | 'included';
  mac: { model: string | null; macos: string | null; system: string | null };
  checkedAt: string | null;
  durationMs: number | null;
  verdict: Verdict | null;
  checks: CheckOut[];
  stepsTried: { at: string; guide: string; step: number | null; text: string }[];
  symptom: { id: string; title: string } | null;
  last24h: {
    checks: number;
    green: number;
    amber: number;
    red: number;
    changes: { at: string; light: string; cause: Cause | null }[];
    entries: HistoryEntry[];
  };
}

const rec = (x: unknown): Record<string, unknown> => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : {});
const list = (x: unknown): Record<string, unknown>[] => (Array.isArray(x) ? x.map(rec) : []);
const text = (x: unknown): string | null => (typeof x === 'string' && x ? x : null);

/** Exact platform error codes in a check's evidence (ENOTFOUND, CERT_HAS_EXPIRED, HTTP 503, NTP_KOD…). */
export function errorCodes(data: Record<string, unknown>): string[] {
  const codes: (string | null)[] = [];
  const failure = (f: unknown) => codes.push(text(rec(f).code));
  for (const e of list(data.endpoints)) {
    failure(e.failure);
    const phases = rec(e.phases);
    codes.push(text(rec(phases.tls).authorizationError));
    const status = rec(phases.http).status;
    if (typeof status === 'number' && (status < 200 || status >= 400)) codes.push(`HTTP ${status}`);
  }
  failure(data.failure);
  for (const a of list(data.attempts)) codes.push(text(a.code), a.outcome !== 'ok' ? text(a.outcome) : null);
  for (const h of list(data.hosts)) codes.push(text(rec(h.system).code), text(rec(h.comparison).code));
  codes.push(...appleLogCodes(data));
  return [...new Set(codes.filter((c): c is string => !!c))];
}

function macInfo(report: Report | null): SupportReport['mac'] {
  const macos = rec(report?.checks.find((c) => c.id === 'macos')?.data);
  const platform = rec(report?.platform);
  // The report format has no hardware model field yet; use one if a check or the platform sends it.
  const model = text(platform.model) ?? text(macos.model) ?? text(macos.hardwareModel);
  const version = [text(macos.productName), text(macos.productVersion), text(macos.buildVersion) ? `(${text(macos.buildVersion)})` : null]
    .filter(Boolean)
    .join(' ');
  return {
    model,
    macos: text(macos.productVersion) ? version : null,
    system: report ? `${report.platform.os} ${report.platform.release}, ${report.platform.arch}` : null,
  };
}

const STEP_KIND: Record<StepRecord['kind'], string> = {
  'opened-settings': 'Opened System Settings',
  'opened-url': 'Opened a web page',
  'opened-app': 'Opened an app',
  'copied-command': 'Copied a command',
  repair: 'Ran a repair',
  ticked: 'Ticked a step',
  unticked: 'Unticked a step',
  rechecked: 'Checked again',
};

function stepText(cardId: string, step: number): { guide: string; text: string } {
  if (cardId.startsWith('symptom.')) {
    const s = findSymptom(cardId.slice('symptom.'.length));
    return { guide: s ? `Problem guide: ${s.title}` : cardId, text: s?.steps[step]?.text ?? '(unknown step)' };
  }
  const card = Object.hasOwn(FIX_CARDS, cardId) ? FIX_CARDS[cardId] : undefined;
  return { guide: card ? `Fix: ${card.title}` : cardId, text: card?.steps[step]?.text ?? '(unknown step)' };
}

function build(input: SupportReportInput): SupportReport {
  const { report, request, now } = input;
  const since = now.getTime() - 86_400_000;
  const entries = input.history.filter((h) => Date.parse(h.at) >= since).sort((a, b) => a.at.localeCompare(b.at));
  const changes: SupportReport['last24h']['changes'] = [];
  for (const h of entries) {
    const last = changes[changes.length - 1];
    if (!last || last.light !== h.light || last.cause !== h.primaryCause) changes.push({ at: h.at, light: h.light, cause: h.primaryCause });
  }
  const symptom = request.symptom ? findSymptom(request.symptom) : null;
  return {
    schema: SUPPORT_REPORT_SCHEMA,
    generatedAt: now.toISOString(),
    personalDetails: request.includePersonal ? 'included' : 'hidden',
    mac: macInfo(report),
    checkedAt: report?.startedAt ?? null,
    durationMs: report?.durationMs ?? null,
    verdict: report?.verdict ?? null,
    checks: (report?.checks ?? []).map((c) => ({
      id: c.id,
      title: c.title,
      status: c.status,
      cause: c.cause,
      causeTitle: c.cause ? CAUSE_TEXT[c.cause].title : null,
      summary: c.summary,
      durationMs: c.durationMs,
      errorCodes: errorCodes(rec(c.data)),
      fixCards: c.fixes,
      evidence: rec(c.data),
    })),
    stepsTried: [
      ...request.stepsDone.map((s) => ({ at: s.at, step: s.step + 1, ...stepText(s.cardId, s.step) })),
      // Ticks already come from the request; the log adds everything else the person did.
      ...(input.steps ?? [])
        .filter((s) => s.kind !== 'ticked' && s.kind !== 'unticked')
        .map((s) => ({ at: s.at, step: null, guide: STEP_KIND[s.kind], text: s.text })),
    ].sort((a, b) => a.at.localeCompare(b.at)),
    symptom: symptom ? { id: symptom.id, title: symptom.title } : null,
    last24h: {
      checks: entries.length,
      green: entries.filter((h) => h.light === 'green').length,
      amber: entries.filter((h) => h.light === 'amber').length,
      red: entries.filter((h) => h.light === 'red').length,
      changes,
      entries,
    },
  };
}

/** The shared policy at level `full` (shared/redact-policy.ts): fields by name, then every string by pattern. */
function redact(r: SupportReport, input: SupportReportInput): SupportReport {
  return applyRedaction(r, { level: 'full', secrets: input.machineNames ?? [] });
}

const utc = (iso: string | null): string => (iso ? iso.replace('T', ' ').replace(/(\.\d+)?Z$/, ' UTC') : 'unknown');
const GLYPH: Record<CheckStatus, string> = { pass: '✓', warn: '!', fail: '✗', skip: '–', error: '?' };
const MARK = (s: CheckStatus): string => `${GLYPH[s]} ${STATUS_WORDS[s]}`;

function markdown(r: SupportReport): string {
  const out: string[] = ['# Apple Account sign-in report', ''];
  out.push(
    `Made by appleid-doctor on ${utc(r.generatedAt)}. Personal details: ${r.personalDetails === 'hidden' ? 'hidden (Apple Account, phone numbers, IP addresses, user and computer names)' : 'INCLUDED'}.`,
    '',
    '## This Mac',
    `- Model: ${r.mac.model ?? 'not recorded'}`,
    `- macOS: ${r.mac.macos ?? 'not recorded'}`,
    `- System: ${r.mac.system ?? 'unknown'}`,
    '',
    '## Result',
  );
  if (r.verdict) {
    const v = r.verdict;
    out.push(`**${v.light.toUpperCase()} — ${v.headline}**`, '', v.explanation);
    if (v.primaryCause) out.push('', `Main cause: \`${v.primaryCause}\` (${CAUSE_TEXT[v.primaryCause].title})`);
    if (v.otherCauses.length) out.push(`Other causes: ${v.otherCauses.map((c) => `\`${c}\``).join(', ')}`);
    out.push(`Checked ${utc(r.checkedAt)}, took ${r.durationMs ?? '?'} ms.`);
  } else out.push('No check has finished yet.');
  out.push(...appleLogReportLines(r.checks.find((c) => c.id === 'apple-log')?.evidence));
  out.push('', '## Checks');
  for (const c of r.checks) {
    const head = `- ${MARK(c.status)} — **${c.title}** (${c.durationMs} ms): ${c.summary}`;
    out.push(head);
    if (c.cause) out.push(`  - Cause: \`${c.cause}\` (${c.causeTitle})`);
    if (c.errorCodes.length) out.push(`  - Error codes: ${c.errorCodes.map((x) => `\`${x}\``).join(', ')}`);
    // Every check's evidence: laid out for the problems, one compact line for the rest.
    const problem = c.status === 'fail' || c.status === 'warn' || c.status === 'error';
    const json = problem ? JSON.stringify(c.evidence, null, 2).split('\n') : [JSON.stringify(c.evidence)];
    out.push('  - Evidence:', '', '    ```json', ...json.map((l) => `    ${l}`), '    ```', '');
  }
  if (r.symptom) out.push('', '## Problem described', `${r.symptom.title} (\`${r.symptom.id}\`)`);
  out.push('', '## Steps already tried');
  if (r.stepsTried.length) for (const s of r.stepsTried) out.push(`- ${utc(s.at)} — ${s.guide}${s.step === null ? '' : `, step ${s.step}`}: ${s.text}`);
  else out.push('None recorded in the app.');
  const h = r.last24h;
  out.push('', '## Last 24 hours', `${h.checks} checks: ${h.green} green, ${h.amber} amber, ${h.red} red.`);
  for (const ch of h.changes) out.push(`- ${utc(ch.at)}: ${ch.light.toUpperCase()}${ch.cause ? ` — \`${ch.cause}\` (${CAUSE_TEXT[ch.cause].title})` : ''}`);
  out.push('');
  return out.join('\n');
}

/** Build the export for `app:report-export`. */
export function buildSupportReport(input: SupportReportInput): ExportResult {
  const built = build(input);
  const safe = input.request.includePersonal ? applyRedaction(built, { level: 'none' }) : redact(built, input);
  const stamp = input.now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  if (input.request.format === 'json') {
    return { filename: `appleid-doctor-report-${stamp}.json`, mime: 'application/json', text: `${JSON.stringify(safe, null, 2)}\n` };
  }
  return { filename: `appleid-doctor-report-${stamp}.md`, mime: 'text/markdown', text: markdown(safe) };
}
