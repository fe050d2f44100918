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
import { causeText } from './cause-text';
import type { Cause } from './causes';
import type { CheckStatus } from './checks';
import { fixCards } from './fix-catalog';
import { verdictText } from './headlines';
import type { HistoryEntry } from './history';
import { EN, intlTag, type MessageKey, type Translator } from './i18n';
import type { ExportRequest, ExportResult } from './ipc';
import { statusWords } from './presentation';
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

const STEP_KIND: Record<StepRecord['kind'], MessageKey> = {
  'opened-settings': 'report.kind.opened-settings',
  'opened-url': 'report.kind.opened-url',
  'opened-app': 'report.kind.opened-app',
  'copied-command': 'report.kind.copied-command',
  repair: 'report.kind.repair',
  ticked: 'report.kind.ticked',
  unticked: 'report.kind.unticked',
  rechecked: 'report.kind.rechecked',
};

/** "Fix: <card title>" or "Problem guide: <title>" for an owner id, and the step's words, in `t`'s language. */
export function ownerStepText(cardId: string, step: number, t: Translator): { guide: string; text: string | null } {
  if (cardId.startsWith('symptom.')) {
    const s = findSymptom(cardId.slice('symptom.'.length), t);
    return { guide: s ? t.t('report.guide.symptom', { title: s.title }) : cardId, text: s?.steps[step]?.text ?? null };
  }
  const cards = fixCards(t);
  const card = Object.hasOwn(cards, cardId) ? cards[cardId] : undefined;
  return { guide: card ? t.t('report.guide.fix', { title: card.title }) : cardId, text: card?.steps[step]?.text ?? null };
}

function stepText(cardId: string, step: number, t: Translator): { guide: string; text: string } {
  const { guide, text } = ownerStepText(cardId, step, t);
  return { guide, text: text ?? t.t('report.step.unknown') };
}

function build(input: SupportReportInput, t: Translator): SupportReport {
  const { report, request, now } = input;
  const since = now.getTime() - 86_400_000;
  const entries = input.history.filter((h) => Date.parse(h.at) >= since).sort((a, b) => a.at.localeCompare(b.at));
  const changes: SupportReport['last24h']['changes'] = [];
  for (const h of entries) {
    const last = changes[changes.length - 1];
    if (!last || last.light !== h.light || last.cause !== h.primaryCause) changes.push({ at: h.at, light: h.light, cause: h.primaryCause });
  }
  const symptom = request.symptom ? findSymptom(request.symptom, t) : null;
  const words = report ? verdictText(report.verdict, report.checks, t) : null;
  return {
    schema: SUPPORT_REPORT_SCHEMA,
    generatedAt: now.toISOString(),
    personalDetails: request.includePersonal ? 'included' : 'hidden',
    mac: macInfo(report),
    checkedAt: report?.startedAt ?? null,
    durationMs: report?.durationMs ?? null,
    verdict: report && words ? { ...report.verdict, ...words } : null,
    checks: (report?.checks ?? []).map((c) => ({
      id: c.id,
      title: c.title,
      status: c.status,
      cause: c.cause,
      causeTitle: c.cause ? causeText(c.cause, t).title : null,
      summary: c.summary,
      durationMs: c.durationMs,
      errorCodes: errorCodes(rec(c.data)),
      fixCards: c.fixes,
      evidence: rec(c.data),
    })),
    stepsTried: [
      ...request.stepsDone.map((s) => ({ at: s.at, step: s.step + 1, ...stepText(s.cardId, s.step, t) })),
      // Ticks already come from the request; the log adds everything else the person did.
      ...(input.steps ?? [])
        .filter((s) => s.kind !== 'ticked' && s.kind !== 'unticked')
        .map((s) => ({ at: s.at, step: null, guide: t.t(STEP_KIND[s.kind]), text: s.text })),
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

/**
 * A report time, always in UTC (the person and Apple Support may be in different zones). English
 * keeps the unambiguous `2026-03-12 14:07:00 UTC` that Apple's log lines in the report use too;
 * other languages write the date and time their own way ("12.03.2026, 14:07:00 UTC").
 */
function utc(iso: string | null, t: Translator): string {
  if (!iso) return t.t('report.unknown');
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  if (intlTag(t.locale) === 'en') return iso.replace('T', ' ').replace(/(\.\d+)?Z$/, ' UTC');
  const date = t.dateTime(d, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  });
  return t.t('report.date-utc', { date });
}
const GLYPH: Record<CheckStatus, string> = { pass: '✓', warn: '!', fail: '✗', skip: '–', error: '?' };
const LIGHT: Record<'green' | 'amber' | 'red', MessageKey> = { green: 'report.light.green', amber: 'report.light.amber', red: 'report.light.red' };
const lightWord = (light: string, t: Translator): string => (Object.hasOwn(LIGHT, light) ? t.t(LIGHT[light as keyof typeof LIGHT]) : light.toUpperCase());
const code = (x: string): string => `\`${x}\``;

function markdown(r: SupportReport, t: Translator): string {
  const status = statusWords(t);
  const ms = (n: number | null) => (n === null ? '?' : t.t('causes.duration.ms', { n: t.number(n) }));
  const out: string[] = [`# ${t.t('report.title')}`, ''];
  out.push(
    t.t('report.made-by', { date: utc(r.generatedAt, t), personal: r.personalDetails }),
    '',
    `## ${t.t('report.heading.mac')}`,
    `- ${t.t('report.mac.model', { value: r.mac.model ?? t.t('report.mac.not-recorded') })}`,
    `- ${t.t('report.mac.macos', { value: r.mac.macos ?? t.t('report.mac.not-recorded') })}`,
    `- ${t.t('report.mac.system', { value: r.mac.system ?? t.t('report.unknown') })}`,
    '',
    `## ${t.t('report.heading.result')}`,
  );
  if (r.verdict) {
    const v = r.verdict;
    out.push(`**${lightWord(v.light, t)} — ${v.headline}**`, '', v.explanation);
    if (v.primaryCause) out.push('', t.t('report.main-cause', { cause: code(v.primaryCause), title: causeText(v.primaryCause, t).title }));
    if (v.otherCauses.length) out.push(t.t('report.other-causes', { causes: v.otherCauses.map(code).join(', ') }));
    out.push(t.t('report.checked', { date: utc(r.checkedAt, t), duration: ms(r.durationMs) }));
  } else out.push(t.t('report.no-check'));
  out.push(...appleLogReportLines(r.checks.find((c) => c.id === 'apple-log')?.evidence));
  out.push('', `## ${t.t('report.heading.checks')}`);
  for (const c of r.checks) {
    const head = `- ${GLYPH[c.status]} ${status[c.status]} — **${c.title}** (${ms(c.durationMs)}): ${c.summary}`;
    out.push(head);
    if (c.cause) out.push(`  - ${t.t('report.check.cause', { cause: code(c.cause), title: c.causeTitle ?? '' })}`);
    if (c.errorCodes.length) out.push(`  - ${t.t('report.check.error-codes', { codes: c.errorCodes.map(code).join(', ') })}`);
    // Every check's evidence: laid out for the problems, one compact line for the rest.
    const problem = c.status === 'fail' || c.status === 'warn' || c.status === 'error';
    const json = problem ? JSON.stringify(c.evidence, null, 2).split('\n') : [JSON.stringify(c.evidence)];
    out.push(`  - ${t.t('report.check.evidence')}`, '', '    ```json', ...json.map((l) => `    ${l}`), '    ```', '');
  }
  if (r.symptom) out.push('', `## ${t.t('report.heading.symptom')}`, `${r.symptom.title} (${code(r.symptom.id)})`);
  out.push('', `## ${t.t('report.heading.steps')}`);
  if (r.stepsTried.length)
    for (const s of r.stepsTried) {
      const line =
        s.step === null
          ? t.t('report.step.plain', { guide: s.guide, text: s.text })
          : t.t('report.step.numbered', { guide: s.guide, step: s.step, text: s.text });
      out.push(`- ${utc(s.at, t)} — ${line}`);
    }
  else out.push(t.t('report.steps.none'));
  const h = r.last24h;
  out.push('', `## ${t.t('report.heading.last24h')}`, t.t('report.last24h.counts', { checks: h.checks, green: h.green, amber: h.amber, red: h.red }));
  for (const ch of h.changes)
    out.push(`- ${utc(ch.at, t)}: ${lightWord(ch.light, t)}${ch.cause ? ` — ${code(ch.cause)} (${causeText(ch.cause, t).title})` : ''}`);
  out.push('');
  return out.join('\n');
}

/**
 * Build the export for `app:report-export`. Markdown is for people: its headings, fixed lines,
 * card and guide words are in `t`'s language. JSON is for scripts and ticket systems: always
 * English, like `--json` (ids never change in either).
 */
export function buildSupportReport(input: SupportReportInput, t: Translator): ExportResult {
  const words = input.request.format === 'json' ? EN : t;
  const built = build(input, words);
  const safe = input.request.includePersonal ? applyRedaction(built, { level: 'none' }) : redact(built, input);
  const stamp = input.now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  if (input.request.format === 'json') {
    return { filename: `appleid-doctor-report-${stamp}.json`, mime: 'application/json', text: `${JSON.stringify(safe, null, 2)}\n` };
  }
  return { filename: `appleid-doctor-report-${stamp}.md`, mime: 'text/markdown', text: markdown(safe, words) };
}
