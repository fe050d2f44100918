/**
 * Maps a command run (and its parser's verdict) to the `cmd.*` causes: a missing tool, a hang, a
 * non-zero exit or unreadable output is "could not run" — never a healthy reading.
 */
import type { ToolName } from '../../../shared/config';
import type { MessageRef } from '../../../shared/i18n/check-message';
import { say } from '../../../shared/i18n/check-say';
import type { CheckContext, CommandResult } from '../seams';
import { excerpt, type ParseResult } from './parsers/parse-result';

/** Why a tool's output could not be used. */
export interface ToolFailure {
  cause: 'cmd.missing' | 'cmd.timeout' | 'cmd.failed' | 'cmd.unparseable';
  /** One plain line for the report (English). */
  summary: string;
  /** The same line as a message descriptor (`values.tool` is the command line, never translated). */
  message: MessageRef;
}

function toolFailure(cause: ToolFailure['cause'], said: ReturnType<typeof say>): ToolFailure {
  return { cause, summary: said.summary, message: said.message };
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
    if (r.spawnError.startsWith('aborted')) return toolFailure('cmd.timeout', say('checks.tool.not_started', { tool: label }));
    if (MISSING.test(r.spawnError)) return toolFailure('cmd.missing', say('checks.tool.missing', { tool: label, detail: excerpt(r.spawnError, 80) }));
    return toolFailure('cmd.failed', say('checks.tool.spawn_failed', { tool: label, detail: excerpt(r.spawnError, 120) }));
  }
  if (r.timedOut) return toolFailure('cmd.timeout', say('checks.tool.timeout', { tool: label, ms: Math.round(r.durationMs) }));
  if (r.truncated && !opts.allowTruncated) return toolFailure('cmd.unparseable', say('checks.tool.too_much', { tool: label }));
  if (r.signal && !r.truncated) return toolFailure('cmd.failed', say('checks.tool.crashed', { tool: label, signal: r.signal }));
  if (r.exitCode !== 0 && !r.truncated && !opts.dataExit?.(r)) {
    const why = firstLine(r.stderr) || firstLine(r.stdout);
    return toolFailure(
      'cmd.failed',
      why
        ? say('checks.tool.exit_why', { tool: label, code: r.exitCode ?? -1, detail: excerpt(why, 120) })
        : say('checks.tool.exit', { tool: label, code: r.exitCode ?? -1 }),
    );
  }
  return null;
}

/** The failure for output the parser could not read. */
export function parseFailure(label: string, error: string): ToolFailure {
  return toolFailure('cmd.unparseable', say('checks.tool.unreadable', { tool: label, detail: excerpt(error, 100) }));
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
      failure: toolFailure('cmd.failed', say('checks.tool.run_failed', { tool: label, detail: err instanceof Error ? err.message : 'unknown error' })),
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
