/**
 * The CLI's two fleet seams, kept out of cli.ts: applying the MDM-managed settings to the config,
 * and writing the report in the chosen `--format` to stdout or atomically to `--output FILE`.
 */
import type { Config } from '../../shared/config';
import type { MessageKey } from '../../shared/i18n/catalogs/en';
import type { Translator } from '../../shared/i18n/translator';
import { applyManagedConfig } from '../../shared/managed-settings';
import { REPORT_SCHEMA_ID, type Report, reportSchema } from '../../shared/report';
import { type FileReader, readManagedPrefs } from '../service/managed/managed-prefs';
import type { CliOptions } from './args';
import { reportForOutput } from './redact-output';

/** Exit status when `--output` cannot be written (sysexits.h EX_CANTCREAT). */
export const EXIT_CANNOT_WRITE = 73;
/** Exit status when `--from-report` is missing or not a report (sysexits.h EX_NOINPUT). */
export const EXIT_NO_INPUT = 66;

export interface EmitIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** The terminal's width when stdout is one (wrapping); COLUMNS overrides; piped output is never wrapped. */
  columns?: number;
  /** Where the managed preferences are read from (tests); default the real path and file system. */
  managedPrefs?: { path?: string; readFile?: FileReader };
}

/** Loads the translator for the person's language when there is something to say. */
export type Words = () => Promise<Translator>;

/** Apply managed endpoints/timeouts/clock thresholds; an invalid profile is one line on stderr. */
export async function withManagedConfig(config: Config, io: EmitIo, words: Words): Promise<Config> {
  const result = await readManagedPrefs(io.managedPrefs ?? {});
  if (result.problem) io.stderr.write(`${(await words()).t('cli.error.managed', { problem: result.problem })}\n`);
  return applyManagedConfig(config, result.managed);
}

/** Why a saved report cannot be used: a `cli.error.*` message (path and parser detail as they are). */
export interface ReportFileError {
  key: MessageKey & `cli.error.${string}`;
  values: Record<string, string>;
}

/** Load a saved JSON report (`--from-report`); a one-line error when it is not a report@1. */
export async function loadReportFile(path: string): Promise<{ ok: true; report: Report } | { ok: false; error: ReportFileError }> {
  const { readPrevious } = await import('./output-file');
  const text = await readPrevious(path);
  if (text === null) return { ok: false, error: { key: 'cli.error.report_unreadable', values: { path } } };
  try {
    const parsed = reportSchema.safeParse(JSON.parse(text));
    if (parsed.success) return { ok: true, report: parsed.data as Report };
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: {
        key: 'cli.error.report_invalid',
        values: { path, schema: REPORT_SCHEMA_ID, where: issue?.path.join('.') || 'root', detail: issue?.message ?? '' },
      },
    };
  } catch (err) {
    return { ok: false, error: { key: 'cli.error.report_not_json', values: { path, detail: (err as Error).message } } };
  }
}

/**
 * Print or write the report; resolves with null on success or the exit status of a write failure.
 * `t` words the text format (null for machine formats, which carry no translated text).
 */
export async function emitReport(report: Report, options: CliOptions, io: EmitIo, version: string, t: Translator | null, words: Words): Promise<number | null> {
  const format = options.format ?? (options.json ? 'json' : 'text');
  // Every format, the terminal text included, goes through the one output policy (redact-output.ts).
  const out = reportForOutput(report, { includePersonal: options.includePersonal });
  const { readPrevious, writeFileAtomic } = await import('./output-file');
  const { renderReport } = await import('./formats/index');
  const target = options.output ?? null;
  const color = target === null && format === 'text' && (options.color ?? (io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb'));
  const previous = target !== null && (format === 'prometheus' || format === 'plist') ? await readPrevious(target) : null;
  const width = target === null ? Number(io.env.COLUMNS) || (io.isTTY ? io.columns : undefined) || null : null;
  const text = renderReport(out, format, { color, version, previous, width, allCards: options.allCards, t });
  if (target === null) {
    io.stdout.write(text);
    return null;
  }
  try {
    await writeFileAtomic(target, text);
    return null;
  } catch (err) {
    io.stderr.write(`${(await words()).t('cli.error.cannot_write', { detail: err instanceof Error ? err.message : String(err) })}\n`);
    return EXIT_CANNOT_WRITE;
  }
}
