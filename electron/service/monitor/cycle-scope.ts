/**
 * What a scheduled cycle of the monitor measures again. Pure; no Electron imports.
 *
 * The network checks run every cycle: they are what changes from one minute to the next, and
 * what the alerts are about. The macOS checks read this Mac's own settings and logs through
 * fourteen short-lived processes on a healthy Mac (`scutil`, `systemsetup` and `socketfilterfw`
 * three times each, `sw_vers`, `sysctl`, `security`, `defaults`, and `log show` over the last
 * `appleLog.windowMinutes`, the dearest of them). Spawned helpers are what made menu-bar
 * monitors expensive to run (exelban/stats#26: "almost all" of Stats' energy use came from the
 * `top`/`netstat` it spawned). So while the light is green, a timer cycle on a Mac measures only
 * the network checks and carries the macOS results of the last full run forward, each marked
 * with when it was measured (`CheckResult.measuredAt`).
 *
 * A full run comes about once per log window (`appleLog.windowMinutes`, 15 by default: every
 * third cycle at the default five minutes), and it reads the unified log back to the start of the
 * last full run when that is longer ago than the window, so no minute of the log goes unread.
 * Every run not started by the timer is full (start, wake, unlock, network change, popover, Check
 * now), and so is every cycle after a light that is not green: the macOS checks explain most
 * failures.
 */
import type { CheckId } from '../../../shared/checks';
import type { Config } from '../../../shared/config';
import type { Light, Report } from '../../../shared/report';
import { type ComputeVerdictFn, mergeChecks } from '../diagnosis-runner';
import type { RunReason } from './scheduler';

/** The checks of kind "network" (electron/engine/registry.ts; a test keeps the two in step). */
export const WATCH_CHECKS: readonly CheckId[] = ['signin-endpoints', 'push', 'captive-portal', 'dns', 'clock', 'apple-status'];

/** The last full run, as the monitor remembers it. */
export interface LastFullRun {
  /** Monotonic time it started. */
  startedMono: number;
  /** Whether it ran the macOS checks at all (false off macOS: there is nothing to carry). */
  macosProbes: boolean;
}

export interface ScopeInput {
  reason: RunReason;
  last: LastFullRun | null;
  /** The light the monitor shows now (the last cycle's), null before the first. */
  light: Light | null;
  nowMono: number;
  /** The healthy interval: when the cycle after this one is due. */
  intervalMs: number;
  /** How far back a full run reads the unified log. */
  logWindowMs: number;
}

/** True when this cycle may measure only WATCH_CHECKS and carry the macOS results forward. */
export function watchOnly(o: ScopeInput): boolean {
  if (o.reason !== 'timer' || o.last === null || !o.last.macosProbes || o.light !== 'green') return false;
  // Skip now only if the cycle after this one still starts within the log window of the last
  // full run, give or take half an interval: each run's own duration moves the schedule on by a
  // few seconds per cycle, and the full run reads the log back far enough (logWindowMinutes).
  return o.nowMono - o.last.startedMono + o.intervalMs <= o.logWindowMs + o.intervalMs / 2;
}

/**
 * How far back a full run reads the unified log: the configured window, or back to the start of
 * the last full run when that is longer ago, at most twice the window (after a long sleep the
 * wake run reads no more than that).
 */
export function logWindowMinutes(last: LastFullRun | null, nowMono: number, configured: number): number {
  if (last === null) return configured;
  const since = Math.ceil((nowMono - last.startedMono) / 60_000);
  return Math.max(configured, Math.min(2 * configured, since));
}

/**
 * The report a watch cycle stands for: its own start, duration and network results, the last
 * full report's other results (each with `measuredAt`, kept from the run that measured it), and
 * the verdict computed over all of them.
 */
export function carryForward(base: Report, watch: Report, computeVerdict: ComputeVerdictFn, nowMs: number): Report {
  const checks = mergeChecks(base.checks, watch.checks, (c) => (c.measuredAt ? c : { ...c, measuredAt: base.startedAt }));
  return { ...watch, checks, verdict: computeVerdict(checks, nowMs) };
}

/** What one scheduled cycle runs: the checks (all when undefined) and this run's config. */
export interface CyclePlan {
  only: CheckId[] | undefined;
  configure: (c: Config) => Config;
}

/** The plan for a cycle started for `reason` now, given the report the monitor shows. */
export function planCycle(o: Omit<ScopeInput, 'light' | 'logWindowMs'> & { base: Report | null; windowMinutes: number }): CyclePlan {
  const watch = o.base !== null && watchOnly({ ...o, light: o.base.verdict.light, logWindowMs: o.windowMinutes * 60_000 });
  if (watch) return { only: [...WATCH_CHECKS], configure: (c) => c };
  const windowMinutes = logWindowMinutes(o.last, o.nowMono, o.windowMinutes);
  return { only: undefined, configure: (c) => ({ ...c, appleLog: { ...c.appleLog, windowMinutes } }) };
}
