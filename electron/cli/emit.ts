/**
 * The CLI's two fleet seams, kept out of cli.ts: applying the MDM-managed settings to the config,
 * and writing the report in the chosen `--format` to stdout or atomically to `--output FILE`.
 */
import type { Config } from '../../shared/config';
import { applyManagedConfig } from '../../shared/managed-settings';
import type { Report } from '../../shared/report';
import { redactReport } from '../report/redact';
import { type FileReader, readManagedPrefs } from '../service/managed/managed-prefs';
import type { CliOptions } from './args';

/** Exit status when `--output` cannot be written (sysexits.h EX_CANTCREAT). */
export const EXIT_CANNOT_WRITE = 73;

export interface EmitIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** Where the managed preferences are read from (tests); default the real path and file system. */
  managedPrefs?: { path?: string; readFile?: FileReader };
}

/** Apply managed endpoints/timeouts/clock thresholds; an invalid profile is one line on stderr. */
export async function withManagedConfig(config: Config, io: EmitIo): Promise<Config> {
  const result = await readManagedPrefs(io.managedPrefs ?? {});
  if (result.problem) io.stderr.write(`appleid-doctor: ${result.problem}\n`);
  return applyManagedConfig(config, result.managed);
}

/** Print or write the report; resolves with null on success or the exit status of a write failure. */
export async function emitReport(report: Report, options: CliOptions, io: EmitIo, version: string): Promise<number | null> {
  const format = options.format ?? (options.json ? 'json' : 'text');
  // The terminal text is for the person at this Mac (as before); machine formats are redacted.
  const out = options.includePersonal || format === 'text' ? report : redactReport(report);
  const { readPrevious, writeFileAtomic } = await import('./output-file');
  const { renderReport } = await import('./formats/index');
  const target = options.output ?? null;
  const color = target === null && format === 'text' && (options.color ?? (io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb'));
  const previous = target !== null && (format === 'prometheus' || format === 'plist') ? await readPrevious(target) : null;
  const text = renderReport(out, format, { color, version, previous });
  if (target === null) {
    io.stdout.write(text);
    return null;
  }
  try {
    await writeFileAtomic(target, text);
    return null;
  } catch (err) {
    io.stderr.write(`appleid-doctor: cannot write --output ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT_CANNOT_WRITE;
  }
}
