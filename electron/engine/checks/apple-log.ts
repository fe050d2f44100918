/**
 * `apple-log`: what Apple's own software (akd/AuthKit, apsd, trustd, identityservicesd…) wrote to
 * the unified log in the last `appleLog.windowMinutes` minutes — the exact codes the seed
 * articles tell people to note for Apple Support. Reads `log show --style ndjson` through the
 * runner, streamed and capped (bytes, lines, its own time budget inside the run deadline).
 *
 * Outcome: an account/device error with a cause → fail (locked, attestation) or warn; network
 * errors alone → pass with the history in `data` (the live checks decide about the network);
 * a log that cannot be read → error with the reason, never "nothing logged".
 */
import { eventCodeText, eventTime, RED_AUTH_CAUSES } from '../../../shared/apple-codes/relate';
import type { AppleLogData, AppleLogEvent } from '../../../shared/checks';
import { commandFailure } from '../system/cmd-outcome';
import { AppleLogCollector } from '../system/parsers/unified-log-events';
import { type StreamLimits, UnifiedLogStream } from '../system/parsers/unified-log-stream';
import { logShowArgs } from '../system/unified-log-query';
import type { CheckDefinition, CheckOutcome, CommandResult } from '../types';
import { type MessageRef, msg, say } from './say';

type Outcome = CheckOutcome<'apple-log'>;

/** Caps: a busy Mac logs a few MB in 15 minutes for these daemons; anything beyond is cut. */
export const APPLE_LOG_LIMITS: StreamLimits = { maxBytes: 16 * 1024 * 1024, maxLines: 200_000, maxLineChars: 64 * 1024 };
/** Leave this much of the run deadline for the verdict after the log read. */
const DEADLINE_MARGIN_MS = 500;

/** What reading the log produced: the run, the stream's counts and the events collected. */
export interface AppleLogEvidence {
  windowMinutes: number;
  /** The command run, or null when the runner threw (`thrown` says why). */
  result: CommandResult | null;
  thrown: string | null;
  stats: ReturnType<UnifiedLogStream['end']>;
  collected: ReturnType<AppleLogCollector['result']>;
}

export const appleLogCheck: CheckDefinition<'apple-log', AppleLogEvidence> = {
  id: 'apple-log',
  kind: 'macos',
  async measure(ctx) {
    const windowMinutes = ctx.config.appleLog.windowMinutes;
    const budget = Math.max(100, Math.min(ctx.config.appleLog.timeoutMs, ctx.config.timeouts.totalMs - DEADLINE_MARGIN_MS));
    const collector = new AppleLogCollector({ now: ctx.deps.clock.now(), windowMs: windowMinutes * 60_000 });
    const stream = new UnifiedLogStream(APPLE_LOG_LIMITS, (r) => collector.add(r));
    let streamed = false;
    let result: CommandResult | null = null;
    let thrown: string | null = null;
    try {
      result = await ctx.deps.runner.run('log', logShowArgs(windowMinutes), {
        timeoutMs: budget,
        signal: ctx.signal,
        onStdout: (chunk) => {
          streamed = true;
          return stream.push(chunk);
        },
      });
      // A runner that cannot stream hands back stdout instead.
      if (!streamed && result.stdout) stream.push(result.stdout);
    } catch (err) {
      thrown = err instanceof Error ? err.message : 'unknown error';
    }
    return { windowMinutes, result, thrown, stats: stream.end(), collected: collector.result() };
  },
  judge: (e) => judgeAppleLog(e),
};

/** The outcome of a log read. Pure. */
export function judgeAppleLog({ windowMinutes, result, thrown, stats, collected }: AppleLogEvidence): Outcome {
  if (result === null) {
    return { status: 'error', cause: 'cmd.failed', ...say('checks.apple-log.not_read', { reason: thrown ?? 'unknown error' }), data: { windowMinutes } };
  }
  const cut = stats.limit !== null || result.timedOut || (result.truncated && !stats.finished);
  const data: AppleLogData = {
    windowMinutes,
    events: collected.events,
    successes: collected.successes,
    cleared: collected.cleared,
    truncated: cut || collected.dropped > 0,
    records: stats.records,
    unreadableLines: stats.unreadable,
    note: null,
  };
  // Stopped by our own cap: what was read counts.
  const failure = stats.limit ? null : commandFailure('log show', result, { allowTruncated: true });
  if (failure && !(failure.cause === 'cmd.timeout' && stats.records > 0)) {
    const note = readFailureNote(result, failure.message);
    data.note = renderNote(note);
    return { status: 'error', cause: failure.cause, ...say('checks.apple-log.unreadable', { note }), data };
  }
  if (stats.records === 0 && stats.unreadable > 0 && !stats.finished) {
    const note = msg('checks.apple-log.note.garbled', { n: stats.unreadable });
    data.note = renderNote(note);
    return { status: 'error', cause: 'cmd.unparseable', ...say('checks.apple-log.unreadable', { note }), data };
  }
  const partial = cut ? cutNote(stats.limit, result.timedOut, windowMinutes) : null;
  if (partial) data.note = renderNote(partial);
  return judgeEvents(data, partial);
}

/** The English of a note, for `data.note` (the report's evidence). */
function renderNote(note: MessageRef): string {
  return say(note.key as 'checks.apple-log.note.cut', note.values).summary;
}

function readFailureNote(r: CommandResult, failure: MessageRef): MessageRef {
  const text = `${r.stderr}`.toLowerCase();
  if (/must be admin|not permitted|permission|privilege/.test(text)) return msg('checks.apple-log.note.admin');
  return msg('checks.apple-log.note.tool', { failure });
}

function cutNote(limit: 'bytes' | 'lines' | null, timedOut: boolean, minutes: number): MessageRef {
  if (limit === 'bytes' || limit === 'lines') return msg('checks.apple-log.note.too_long', { minutes });
  if (timedOut) return msg('checks.apple-log.note.too_slow');
  return msg('checks.apple-log.note.cut');
}

/** The outcome from the collected events. Pure. */
export function judgeEvents(data: AppleLogData, partial: MessageRef | null = null): Outcome {
  const standing = data.events.filter((e) => e.cause && (e.family === 'account' || e.family === 'device'));
  if (standing.length > 0) {
    const worst = [...standing].sort(
      (a, b) => Number(RED_AUTH_CAUSES.has(b.cause!)) - Number(RED_AUTH_CAUSES.has(a.cause!)) || Date.parse(b.at) - Date.parse(a.at),
    )[0]!;
    return {
      status: RED_AUTH_CAUSES.has(worst.cause!) ? 'fail' : 'warn',
      cause: worst.cause,
      ...say('checks.apple-log.standing', { event: sentence(worst), more: standing.length - 1 }, [partial]),
      data,
      fixes: ['apple-log-send-codes'],
    };
  }
  const network = data.events.filter((e) => e.cause && e.family === 'network');
  if (network.length > 0) {
    const last = network[network.length - 1]!;
    return {
      status: 'pass',
      cause: null,
      ...say('checks.apple-log.recent', { event: sentence(last), more: network.length - 1 }, [partial]),
      data,
    };
  }
  const others = data.events.length ? msg('checks.apple-log.others', { n: data.events.length }) : null;
  return { status: 'pass', cause: null, ...say('checks.apple-log.none', { minutes: data.windowMinutes }, [others, partial]), data };
}

function sentence(e: AppleLogEvent): MessageRef {
  return msg('checks.apple-log.event', { time: eventTime(e, true), process: e.process, code: eventCodeText(e), count: e.count });
}
