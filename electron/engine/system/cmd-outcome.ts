/**
 * Maps a command run (and its parser's verdict) to the `cmd.*` causes: a missing tool, a hang, a
 * non-zero exit or unreadable output is "could not run" — never a healthy reading.
 */
import type { ToolName } from '../../../shared/config';
import type { CheckContext, CommandResult } from '../seams';
import { excerpt, type ParseResult } from './parsers/parse-result';

/** Why a tool's output could not be used. */
export interface ToolFailure {
  cause: 'cmd.missing' | 'cmd.timeout' | 'cmd.failed' | 'cmd.unparseable';
  /** One plain line for the report. */
  summary: string;
}

/** A tool's parsed output, or why there is none. */
export type ToolRead<T> = { ok: true; value: T; result: CommandResult } | { ok: false; failure: ToolFailure; result: CommandResult | null };

export interface FailureOptions {
  /** Exit statuses that still carry data (e.g. `security` 44 = "item not found"). */
  dataExit?: (result: CommandResult) => boolean;
  /** Accept output cut at the size cap (the parser reads complete records only). */
  allowTruncated?: boolean;
}

const MISSING = /^(ENOENT|EACCES|ENOTDIR|EPERM|ELOOP)\b/;

/** The `cmd.*` failure of a run, or null when its output may be parsed. */
export function commandFailure(label: string, r: CommandResult, opts: FailureOptions = {}): ToolFailure | null {
  if (r.spawnError) {
    if (r.spawnError.startsWith('aborted')) return { cause: 'cmd.timeout', summary: `${label} was not started: the check ran out of time.` };
    if (MISSING.test(r.spawnError)) return { cause: 'cmd.missing', summary: `${label} is not available on this Mac (${excerpt(r.spawnError, 80)}).` };
    return { cause: 'cmd.failed', summary: `${label} could not be started (${excerpt(r.spawnError, 120)}).` };
  }
  if (r.timedOut) return { cause: 'cmd.timeout', summary: `${label} did not finish in time and was stopped after ${Math.round(r.durationMs)} ms.` };
  if (r.truncated && !opts.allowTruncated)
    return { cause: 'cmd.unparseable', summary: `${label} printed far more than expected; its output was cut and not trusted.` };
  if (r.signal && !r.truncated) return { cause: 'cmd.failed', summary: `${label} crashed (${r.signal}).` };
  if (r.exitCode !== 0 && !r.truncated && !opts.dataExit?.(r)) {
    const why = firstLine(r.stderr) || firstLine(r.stdout);
    return { cause: 'cmd.failed', summary: `${label} failed with exit status ${r.exitCode}${why ? `: ${excerpt(why, 120)}` : ''}.` };
  }
  return null;
}

/** The failure for output the parser could not read. */
export function parseFailure(label: string, error: string): ToolFailure {
  return { cause: 'cmd.unparseable', summary: `${label} printed something this app could not read (${excerpt(error, 100)}).` };
}

/**
 * Run a tool with the check's runner, deadline and signal, and parse its output. Resolves with the
 * parsed value or a ToolFailure; never rejects.
 */
export async function readTool<T>(
  ctx: Pick<CheckContext, 'deps' | 'config' | 'signal'>,
  tool: ToolName,
  args: readonly string[],
  parse: (result: CommandResult) => ParseResult<T>,
  opts: FailureOptions = {},
): Promise<ToolRead<T>> {
  const label = [tool, ...args].join(' ');
  let result: CommandResult;
  try {
    result = await ctx.deps.runner.run(tool, args, { timeoutMs: ctx.config.timeouts.commandMs, signal: ctx.signal });
  } catch (err) {
    // A runner must not reject; an injected one might.
    return {
      ok: false,
      failure: { cause: 'cmd.failed', summary: `${label} could not be run (${err instanceof Error ? err.message : 'unknown error'}).` },
      result: null,
    };
  }
  const failure = commandFailure(label, result, opts);
  if (failure) return { ok: false, failure, result };
  const parsed = parse(result);
  return parsed.ok ? { ok: true, value: parsed.value, result } : { ok: false, failure: parseFailure(label, parsed.error), result };
}

function firstLine(text: string): string {
  return (text.split(/\r?\n/).find((l) => l.trim().length > 0) ?? '').trim();
}
