/**
 * Human output of `appleid-doctor check`: the light, the headline, one line per check with its
 * timing, then the fix path (the same plan as the popover, shared/fixes/plan.ts). Laid out for
 * people and for pipes: wrapped to the terminal's width with hanging indents when there is one,
 * never cut when piped; Terminal commands alone on their own line so copying the line copies
 * only the command. Pure: colour and width are parameters.
 */
import type { CheckGroup, CheckStatus } from '../../shared/checks';
import { fixCards } from '../../shared/fix-catalog';
import type { FixAction } from '../../shared/fix-types';
import { buildFixPlan, type PlanCard } from '../../shared/fixes/plan';
import { verdictText } from '../../shared/headlines';
import { checkTitle, describeCheck, groupTitle, notCheckedText } from '../../shared/i18n/check-text';
import { EN, type Translator } from '../../shared/i18n/translator';
import { notCheckedLine } from '../../shared/not-checked';
import { formatDuration, relativeTime } from '../../shared/presentation';
import type { CheckResult, Report } from '../../shared/report';
import { appleLogLines } from './format-apple-log';
import { displayWidth, padEndColumns, padStartColumns, wrap } from './wrap';

const STATUS_MARK: Record<CheckStatus, string> = { pass: '✓', warn: '!', fail: '✗', skip: '–', error: '?' };
const ANSI = { reset: '\u001b[0m', bold: '\u001b[1m', dim: '\u001b[2m', red: '\u001b[31m', green: '\u001b[32m', yellow: '\u001b[33m' };

/**
 * Narrower than this, a summary column reads one word per line (long German, French and Spanish
 * check names leave little room): the summary then goes under the row instead.
 */
const MIN_SUMMARY_COLUMNS = 30;

/** How many fix cards to print unless `--all` (the JSON report and `--all` have every one). */
export const MAX_CARDS = 2;

export interface HumanOptions {
  color: boolean;
  /** Terminal columns; null/undefined = not a terminal: no wrapping, nothing cut. */
  width?: number | null;
  /** Print every card (`--all`). */
  allCards?: boolean;
  /** The person's language (default English). Check names and summaries, labels and counts. */
  t?: Translator;
  /** Unix ms to say a carried result's age against (default: now). */
  now?: number;
}

export function formatHuman(report: Report, opts: HumanOptions): string {
  const c = painter(opts.color);
  const t = opts.t ?? EN;
  const width = opts.width && opts.width >= 40 ? opts.width : null;
  const lightColor = report.verdict.light === 'green' ? 'green' : report.verdict.light === 'amber' ? 'yellow' : 'red';
  const out: string[] = [];
  // Shapes differ without colour: a light is readable on a monochrome terminal or a screen reader.
  const label = t.t(`cli.light.${report.verdict.light}`);
  const words = verdictText(report.verdict, report.checks, t);
  out.push(...wrap(`${c('bold', words.headline)}`, width, `${c(lightColor, c('bold', label))}  `, ' '.repeat(displayWidth(label) + 2)));
  if (report.verdict.light !== 'green' || report.verdict.primaryCause) out.push(...wrap(words.explanation, width, '  '));
  out.push('');

  const groups: CheckGroup[] = ['signin', 'network', 'mac', 'apple'];
  const titleWidth = Math.max(...report.checks.map((r) => displayWidth(checkTitle(t, r.id))), 10);
  // A result the app carried from an earlier run (CheckResult.measuredAt) shows its age where the
  // others show their duration ("10 min ago"), as its row in the popover does: its duration is an
  // earlier run's, and a reader of a saved report must not take it for a fresh measurement.
  const now = opts.now ?? Date.now();
  const cells = new Map(report.checks.map((r) => [r, rowCells(r, now, t)]));
  const timeWidth = Math.max(8, ...[...cells.values()].map((cell) => displayWidth(cell.time)));
  for (const group of groups) {
    const rows = [...cells].filter(([r]) => r.group === group);
    if (rows.length === 0) continue;
    out.push(c('bold', groupTitle(t, group)));
    for (const [r, cell] of rows) out.push(...formatRow(r, titleWidth, padStartColumns(cell.time, timeWidth), cell.notChecked, width, c, t));
  }

  const said = appleLogLines(report, t);
  if (said.length > 0) out.push('', ...said.map((l, i) => (i === 0 ? c('bold', l) : l)));

  const plan = buildFixPlan(report, fixCards(EN), EN);
  const shown = opts.allCards ? plan.cards : plan.cards.slice(0, MAX_CARDS);
  if (plan.countLine) out.push('', ...wrap(plan.countLine, width, ''));
  for (const card of shown) out.push('', ...formatCard(card, width, c, t));
  const left = plan.cards.slice(shown.length);
  const alternatives = shown.reduce((n, p) => n + p.alternatives.length, 0);
  if (left.length || (alternatives && !opts.allCards)) {
    const n = left.length + (opts.allCards ? 0 : alternatives);
    const names = [...left.map((p) => p.card.title), ...(opts.allCards ? [] : shown.flatMap((p) => p.alternatives.map((a) => a.title)))];
    out.push('', ...wrap(t.t('cli.more_fixes', { n, names: names.join(t.t('checks.list.separator')) }), width, ''));
  }
  const skipped = report.checks.filter((r) => r.status === 'skip').length;
  out.push('');
  out.push(...wrap(c('dim', t.t('cli.footer', { duration: formatMs(report.durationMs), skipped, os: report.platform.os })), width, ''));
  return `${out.join('\n')}\n`;
}

/**
 * A row's "not checked" line (null when it ran) and its time column: the check's duration, its
 * age when carried, nothing when it was skipped.
 */
function rowCells(r: CheckResult, now: number, t: Translator): { notChecked: string | null; time: string } {
  // A report without message descriptors (written by an older build) keeps its English wording.
  const notChecked = r.message ? notCheckedText(t, r) : notCheckedLine(r, t);
  const time = notChecked && r.status === 'skip' ? '' : r.measuredAt ? relativeTime(r.measuredAt, now, t) : formatMs(r.durationMs);
  return { notChecked, time };
}

function formatRow(r: CheckResult, titleWidth: number, time: string, notChecked: string | null, width: number | null, c: Painter, t: Translator): string[] {
  const mark = STATUS_MARK[r.status];
  const colored = r.status === 'pass' ? c('green', mark) : r.status === 'warn' ? c('yellow', mark) : r.status === 'fail' ? c('red', mark) : c('dim', mark);
  const prefix = `  ${colored} ${padEndColumns(checkTitle(t, r.id), titleWidth)}  ${time}  `;
  const text = notChecked ? c('dim', notChecked) : describeCheck(t, r);
  // The summary wraps under itself (hanging indent) when the terminal is narrow; never cut.
  const hang = ' '.repeat(displayWidth(prefix));
  return width !== null && width - hang.length < MIN_SUMMARY_COLUMNS ? [prefix.trimEnd(), ...wrap(text, width, '      ')] : wrap(text, width, prefix, hang);
}

function formatCard(plan: PlanCard, width: number | null, c: Painter, t: Translator): string[] {
  const { card } = plan;
  const lines = [...wrap(c('bold', t.t('cli.fix.heading', { title: card.title })), width, '')];
  if (plan.alsoAffectedLine) lines.push(...wrap(plan.alsoAffectedLine, width, '  '));
  lines.push(...wrap(card.why, width, '  '));
  card.steps.forEach((step, i) => {
    lines.push(...wrap(step.text, width, `  ${i + 1}. `));
    lines.push(...actionLines(step.action, width, c));
  });
  return lines;
}

/** A command alone on its line (copy the line, get the command), its note on the next lines. */
function actionLines(action: FixAction | undefined, width: number | null, c: Painter): string[] {
  if (!action) return [];
  switch (action.kind) {
    case 'copy-command':
      return [`       ${action.command}`, ...wrap(c('dim', action.note), width, '       ')];
    case 'open-url':
      return [`       ${action.url}`];
    case 'open-settings':
    case 'open-app':
    case 'recheck':
      return [];
    case 'repair':
      // The app runs repairs after consent; in the terminal the card's manual steps say what to do.
      return [];
  }
}

/** 12 → "12 ms", 1534 → "1.5 s". */
export function formatMs(ms: number): string {
  return formatDuration(ms, EN);
}

type Painter = (style: keyof typeof ANSI, text: string) => string;

function painter(color: boolean): Painter {
  return (style, text) => (color ? `${ANSI[style]}${text}${ANSI.reset}` : text);
}
