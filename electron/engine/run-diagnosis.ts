/**
 * Runs every applicable check in parallel under one deadline, streams each result as it lands,
 * and builds the report with a verdict chosen by evidence. Never rejects: a check that throws,
 * hangs past the deadline or cannot run becomes an `error` result, never a missing one.
 */
import { setMaxListeners } from 'node:events';
import os from 'node:os';
import { CHECK_META, type CheckId } from '../../shared/checks';
import type { Config } from '../../shared/config';
import { displaySafe, displaySafeDeep } from '../../shared/display-text';
import { fixIdsForCause } from '../../shared/fix-catalog';
import { type CheckResult, type PlatformInfo, REPORT_SCHEMA_ID, type Report } from '../../shared/report';
import { say } from './checks/say';
import { DeadlineError, withDeadline } from './deadline';
import { CHECKS } from './registry';
import { createProxyRouter } from './system/proxy-route';
import { type CheckContext, type CheckDefinition, type CheckOutcome, type EngineDeps, runCheck } from './types';
import { computeVerdict } from './verdict';

/** Progress events of one run. */
export type DiagnosisEvent = { kind: 'started'; checks: CheckId[] } | { kind: 'check'; result: CheckResult };

export interface RunOptions {
  config: Config;
  deps: EngineDeps;
  /** Run only these checks (a fix card's Re-check, `--only`). */
  only?: readonly CheckId[];
  /** Cancel the whole run (e.g. the Mac went to sleep). */
  signal?: AbortSignal;
  onEvent?: (event: DiagnosisEvent) => void;
  /** The registry; tests may pass their own checks. */
  checks?: readonly CheckDefinition[];
}

/** Margin after the deadline for checks to report what they saw before they are cut off. */
const GRACE_MS = 250;

/** True when the macOS probes apply on this run. */
export function macosProbesApply(config: Config): boolean {
  return config.platform === 'darwin' || (config.platform === 'auto' && process.platform === 'darwin');
}

/** Run a diagnosis. See the module comment for the guarantees. */
export async function runDiagnosis(opts: RunOptions): Promise<Report> {
  const { config, deps } = opts;
  const clock = deps.clock;
  const startedWall = clock.now();
  const startedMono = clock.mono();
  const macos = macosProbesApply(config);
  const wanted = (opts.checks ?? CHECKS).filter((c) => !opts.only || opts.only.includes(c.id));

  const controller = new AbortController();
  // Every phase of every probe listens on this one signal (dozens per run): not a leak.
  setMaxListeners(256, controller.signal);
  const onParentAbort = () => controller.abort(opts.signal?.reason);
  if (opts.signal?.aborted) controller.abort(opts.signal.reason);
  opts.signal?.addEventListener('abort', onParentAbort, { once: true });
  const deadline = setTimeout(() => controller.abort(new Error('deadline')), config.timeouts.totalMs);

  const memos = new Map<string, Promise<unknown>>();
  const memo: CheckContext['memo'] = <T>(key: string, compute: () => Promise<T>): Promise<T> => {
    let p = memos.get(key) as Promise<T> | undefined;
    if (!p) {
      p = compute();
      memos.set(key, p);
    }
    return p;
  };
  const ctxBase = { config, signal: controller.signal, deps, macos, memo };
  const router = createProxyRouter(ctxBase);
  const ctx: CheckContext = { ...ctxBase, proxyRoute: (url) => memo(`proxy-route:${new URL(url).host}`, () => router(url)) };

  emit(opts, { kind: 'started', checks: wanted.map((c) => c.id) });
  const results = await Promise.all(
    wanted.map(async (check) => {
      const result = await runOne(check, ctx, config, clock);
      emit(opts, { kind: 'check', result });
      return result;
    }),
  );
  clearTimeout(deadline);
  opts.signal?.removeEventListener('abort', onParentAbort);

  const report: Report = {
    schema: REPORT_SCHEMA_ID,
    startedAt: new Date(startedWall).toISOString(),
    durationMs: Math.round(clock.mono() - startedMono),
    platform: platformInfo(macos, results),
    verdict: computeVerdict(results, startedWall + (clock.mono() - startedMono)),
    checks: results,
  };
  return report;
}

async function runOne(check: CheckDefinition, ctx: CheckContext, config: Config, clock: EngineDeps['clock']): Promise<CheckResult> {
  const meta = CHECK_META[check.id];
  const t0 = clock.mono();
  let outcome: CheckOutcome;
  if (check.kind === 'macos' && !ctx.macos) {
    outcome = { status: 'skip', cause: null, ...say('checks.common.macos_only'), data: {} };
  } else {
    outcome = await measureAndJudge(check, ctx, config.timeouts.totalMs + GRACE_MS);
  }
  const fixes = uniq([...(outcome.cause && outcome.status !== 'pass' ? fixIdsForCause(outcome.cause) : []), ...(outcome.fixes ?? [])]);
  return {
    id: check.id,
    title: meta.title,
    group: meta.group,
    status: outcome.status,
    cause: outcome.cause,
    // Summaries and evidence carry text from servers and commands: escaped here, once, for every
    // face (popover, terminal, JSON, fleet formats), so no escape sequence or bidi override is shown raw.
    summary: displaySafe(outcome.summary),
    // A summary's message values (host names, server words) are escaped the same way.
    message: outcome.message && displaySafeDeep(outcome.message),
    durationMs: Math.round(clock.mono() - t0),
    data: displaySafeDeep(outcome.data, { keepLines: true }) as CheckResult['data'],
    fixes,
  };
}

/** Run a check; a throw or a hang past the deadline becomes an `error` outcome. */
async function measureAndJudge(check: CheckDefinition, ctx: CheckContext, ms: number): Promise<CheckOutcome> {
  try {
    return await withDeadline(
      Promise.resolve().then(() => runCheck(check, ctx)),
      ms,
    );
  } catch (err) {
    if (err instanceof DeadlineError) return { status: 'error', cause: 'probe.failed', ...say('checks.common.deadline', { ms }), data: {} };
    return {
      status: 'error',
      cause: 'probe.failed',
      ...say('checks.common.could_not_run', { reason: err instanceof Error ? err.message : String(err) }),
      data: {},
    };
  }
}

function emit(opts: RunOptions, event: DiagnosisEvent): void {
  try {
    opts.onEvent?.(event);
  } catch {
    // A listener's bug must never break the diagnosis.
  }
}

/** The kernel release, asked once per process (a `uname` each run; it changes only with a reboot). */
let release: string | null = null;

function platformInfo(macosProbes: boolean, results: CheckResult[]): PlatformInfo {
  const model = results.find((r) => r.id === 'macos')?.data.model;
  release ??= os.release();
  return { os: process.platform, release, arch: process.arch, macosProbes, ...(typeof model === 'string' ? { model } : {}) };
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
