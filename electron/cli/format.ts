/**
 * Human output of `appleid-doctor check`: the light, the headline, one line per check with its
 * timing, then the fix steps for what failed — short enough to read in a terminal. Pure: colour
 * is a parameter (the CLI enables it only on a TTY without NO_COLOR).
 */
import { GROUP_TITLES, type CheckGroup, type CheckStatus } from '../../shared/checks';
import { FIX_CARDS } from '../../shared/fix-catalog';
import type { FixAction, FixCard } from '../../shared/fix-types';
import { formatDuration } from '../../shared/presentation';
import type { CheckResult, Light, Report } from '../../shared/report';
import { appleLogLines } from './format-apple-log';

/** Shapes differ without colour: a light is readable on a monochrome terminal or a screen reader. */
const LIGHT_LABEL: Record<Light, string> = { green: '● GREEN', amber: '▲ AMBER', red: '■ RED' };
const STATUS_MARK: Record<CheckStatus, string> = { pass: '✓', warn: '!', fail: '✗', skip: '–', error: '?' };
const ANSI = { reset: '\u001b[0m', bold: '\u001b[1m', dim: '\u001b[2m', red: '\u001b[31m', green: '\u001b[32m', yellow: '\u001b[33m' };

/** How many fix cards to print at most (the JSON report has all of them). */
const MAX_CARDS = 2;

export function formatHuman(report: Report, opts: { color: boolean; width?: number }): string {
  const c = painter(opts.color);
  const lightColor = report.verdict.light === 'green' ? 'green' : report.verdict.light === 'amber' ? 'yellow' : 'red';
  const out: string[] = [];
  out.push(`${c(lightColor, c('bold', LIGHT_LABEL[report.verdict.light]))}  ${c('bold', report.verdict.headline)}`);
  if (report.verdict.light !== 'green' || report.verdict.primaryCause) out.push(`  ${report.verdict.explanation}`);
  out.push('');

  const groups: CheckGroup[] = ['signin', 'network', 'mac', 'apple'];
  const titleWidth = Math.max(...report.checks.map((r) => r.title.length), 10);
  for (const group of groups) {
    const rows = report.checks.filter((r) => r.group === group);
    if (rows.length === 0) continue;
    out.push(c('bold', GROUP_TITLES[group]));
    for (const r of rows) out.push(formatRow(r, titleWidth, c));
  }

  const said = appleLogLines(report);
  if (said.length > 0) out.push('', ...said.map((l, i) => (i === 0 ? c('bold', l) : l)));

  const cards = cardsToShow(report);
  if (cards.length > 0) {
    out.push('');
    for (const card of cards) out.push(...formatCard(card, c));
  }
  const skipped = report.checks.filter((r) => r.status === 'skip').length;
  out.push('');
  out.push(
    c(
      'dim',
      `Checked in ${formatMs(report.durationMs)}${skipped ? ` · ${skipped} macOS check${skipped === 1 ? '' : 's'} skipped on ${report.platform.os}` : ''} · --json for the full report`,
    ),
  );
  return `${out.join('\n')}\n`;
}

function formatRow(r: CheckResult, titleWidth: number, c: Painter): string {
  const mark = STATUS_MARK[r.status];
  const colored = r.status === 'pass' ? c('green', mark) : r.status === 'warn' ? c('yellow', mark) : r.status === 'fail' ? c('red', mark) : c('dim', mark);
  const time = r.status === 'skip' ? ' '.repeat(8) : formatMs(r.durationMs).padStart(8);
  const summary = r.summary.length > 70 ? `${r.summary.slice(0, 69)}…` : r.summary;
  return `  ${colored} ${r.title.padEnd(titleWidth)}  ${time}  ${r.status === 'skip' ? c('dim', summary) : summary}`;
}

/** Cards for the primary cause first, then the other failing/warning checks, de-duplicated. */
function cardsToShow(report: Report): FixCard[] {
  const ids: string[] = [];
  const primary = report.verdict.primaryCause;
  const rank = (r: CheckResult) => (r.cause === primary ? 0 : r.status === 'fail' ? 1 : r.status === 'warn' ? 2 : 3);
  const relevant = report.checks.filter((r) => r.status === 'fail' || r.status === 'warn').sort((a, b) => rank(a) - rank(b));
  for (const r of relevant) for (const id of r.fixes) if (!ids.includes(id)) ids.push(id);
  return ids
    .map((id) => FIX_CARDS[id])
    .filter((card): card is FixCard => Boolean(card))
    .slice(0, MAX_CARDS);
}

function formatCard(card: FixCard, c: Painter): string[] {
  const lines = [c('bold', `How to fix: ${card.title}`), `  ${card.why}`];
  card.steps.forEach((step, i) => {
    lines.push(`  ${i + 1}. ${step.text}`);
    const extra = step.action ? actionLine(step.action) : null;
    if (extra) lines.push(`     ${c('dim', extra)}`);
  });
  lines.push('');
  return lines;
}

function actionLine(action: FixAction): string | null {
  switch (action.kind) {
    case 'copy-command':
      return `$ ${action.command}   (${action.note})`;
    case 'open-url':
      return `→ ${action.url}`;
    case 'open-settings':
    case 'open-app':
    case 'recheck':
      return null;
    case 'repair':
      return `→ appleid-doctor fix ${action.repair}   (${action.label}; asks first, needs an administrator password)`;
  }
}

/** 12 → "12 ms", 1534 → "1.5 s". */
export function formatMs(ms: number): string {
  return formatDuration(ms);
}

type Painter = (style: keyof typeof ANSI, text: string) => string;

function painter(color: boolean): Painter {
  return (style, text) => (color ? `${ANSI[style]}${text}${ANSI.reset}` : text);
}
