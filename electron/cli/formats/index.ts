/**
 * Dispatch of `--format`: one renderer per output format, all pure over a (redacted) report. The
 * last-green timestamp is the one piece of state the fleet formats carry: it is the report's own
 * start when green, otherwise read back from the previous `--output` file, so a cache that has
 * been red since yesterday still says when it was last green.
 */
import { parse as parsePlist } from '@plist/parse';
import type { Translator } from '../../../shared/i18n/translator';
import type { Report } from '../../../shared/report';
import { formatHuman } from '../format';
import { formatJamf } from './jamf';
import type { OutputFormat } from './names';
import { formatPlist } from './plist';
import { formatPrometheus, lastGreenFromPrometheus } from './prometheus';

export { OUTPUT_FORMATS, type OutputFormat } from './names';

export interface RenderOptions {
  color: boolean;
  version: string;
  /** Content of the previous output file (for last-green carry-over), or null. */
  previous: string | null;
  /** Text only: wrap to this width (null = no wrapping, e.g. piped). */
  width?: number | null;
  /** Text only: print every fix card. */
  allCards?: boolean;
  /** Text only: the person's language (machine formats are never translated). */
  t?: Translator | null;
}

/** Render `report` in `format`; always ends with a line feed. Pure. */
export function renderReport(report: Report, format: OutputFormat, opts: RenderOptions): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'text':
      return formatHuman(report, { color: opts.color, width: opts.width ?? null, allCards: opts.allCards ?? false, t: opts.t ?? undefined });
    case 'jamf':
      return formatJamf(report);
    case 'prometheus':
      return formatPrometheus(report, { lastGreenMs: lastGreen(report, format, opts.previous), version: opts.version });
    case 'plist':
      return formatPlist(report, { lastGreenMs: lastGreen(report, format, opts.previous) });
  }
}

/** When the light is green: this run. Otherwise whatever the previous file of the same format said. */
export function lastGreen(report: Report, format: 'prometheus' | 'plist', previous: string | null): number | null {
  if (report.verdict.light === 'green') return Date.parse(report.startedAt) + report.durationMs;
  if (!previous) return null;
  if (format === 'prometheus') return lastGreenFromPrometheus(previous);
  try {
    const v = parsePlist(previous) as Record<string, unknown> | null;
    const s = v && typeof v === 'object' ? v.lastGreenEpoch : undefined;
    return typeof s === 'number' && s > 0 ? s * 1000 : null;
  } catch {
    return null;
  }
}
