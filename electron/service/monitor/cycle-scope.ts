/**
 * What a scheduled cycle of the monitor measures again. Pure; no Electron imports.
 *
 * The network checks run every cycle, but for the three below: they are what changes from one
 * minute to the next, and what the alerts are about. The macOS checks read this Mac's own
 * settings and logs through fourteen short-lived processes on a healthy Mac (`scutil`,
 * `systemsetup` and `socketfilterfw` three times each, `sw_vers`, `sysctl`, `security`,
 * `defaults`, and `log show` over the last `appleLog.windowMinutes`, the dearest of them).
 * Spawned helpers are what made menu-bar monitors expensive to run (exelban/stats#26: "almost
 * all" of Stats' energy use came from the `top`/`netstat` it spawned). So while the light is
 * green, a timer cycle on a Mac measures only the network checks and carries the macOS results
 * of the last full run forward, each marked with when it was measured (`CheckResult.measuredAt`).
 *
 * A full run comes about once per log window (`appleLog.windowMinutes`, 15 by default: every
 * third cycle at the default five minutes), and it reads the unified log back to the start of the
 * last full run when that is longer ago than the window, so no minute of the log goes unread.
 * Every run not started by the timer is full (start, wake, unlock, network change, popover, Check
 * now), and so is every cycle after a light that is not green: the macOS checks explain most
 * failures. A cycle that carried results and is not green is followed by a full run at once
 * (`needsFollowUp`): the report the person sees, and the alert, rest on fresh results only.
 *
 * Three network checks are carried the same way, on every platform (STEADY_CHECKS): the clock,
 * the captive portal and Apple's status feed. The first two (SLOW_CHECKS) are carried across full
 * runs too, by every green timer run, while their result is less than an hour old: nothing below
 * needs them sooner, and each is a request to Apple (an SNTP query, the captive page) that a
 * green Mac would otherwise make four times an hour.
 * - The clock's offset changes by a step, and a step moves the wall clock against the monotonic
 *   one, which costs nothing to compare (CLOCK_STEP_MS), or by drift, which `timed` corrects when
 *   it syncs, at boot and hourly (apple.stackexchange.com/questions/117864). Free-running, a quartz
 *   clock drifts by tens of ppm, under 0.2 s an hour at 50 ppm, against the 10 s at which the
 *   check warns. Fewer queries is also what NTP asks of clients (RFC 4330 §10).
 * - A captive portal comes with joining a network, which starts a full run, or when a hotel
 *   session runs out. That portal then also intercepts the HTTPS sign-in endpoints measured in
 *   every cycle: the light turns, and the follow-up full run measures the portal itself.
 * - Apple's status page is written by people, minutes to hours into an incident, and the menu-bar
 *   apps that read it poll every 5 or 10 minutes (inket/stts: 300 s; insidegui/StatusBuddy:
 *   10 minutes by default). Read on every full run (every 15 minutes at the defaults), on every
 *   run the person starts or looks at (the popover, Check now) and after every light that is not
 *   green, it is fresh whenever someone looks, and at most one full-run interval old in the light.
 *
 * Between full runs the push check asks only the primary APNs port (`steadyConfig`): its pass
 * rests on that port alone (electron/engine/checks/push.ts). When it fails the cycle is not
 * green, and the follow-up full run asks every port and tells "only the fallback" from "none".
 */
import { CHECK_IDS, type CheckId } from '../../../shared/checks';
import type { Config } from '../../../shared/config';
import type { Light, Report } from '../../../shared/report';
import { type ComputeVerdictFn, mergeChecks } from '../diagnosis-runner';
import type { RunReason } from './scheduler';

/** The checks of kind "network" (electron/engine/registry.ts; a test keeps the two in step). */
export const WATCH_CHECKS: readonly CheckId[] = ['signin-endpoints', 'push', 'captive-portal', 'dns', 'clock', 'apple-status'];

/** Network checks a green cycle between full runs carries forward (see the file comment). */
export const STEADY_CHECKS: readonly CheckId[] = ['clock', 'captive-portal', 'apple-status'];

/** A carrying cycle's config: the push check asks only its primary port (see the file comment). */
export function steadyConfig(c: Config): Config {
  return c.push.ports.length > 1 ? { ...c, push: { ...c.push, ports: c.push.ports.slice(0, 1) } } : c;
}

/**
 * How far the wall clock may move against the monotonic clock since the last full run before the
 * clock is measured again: a step (a person setting the time, a sync) or a correction being slewed
 * in. A free-running quartz clock drifts by tens of ppm: 45 ms over 15 minutes at 50 ppm.
 */
export const CLOCK_STEP_MS = 1_000;

/** The last full run, as the monitor remembers it. */
export interface LastFullRun {
  /** Monotonic time it started. */
  startedMono: number;
  /** Wall-clock time it started (Unix ms): compared with the monotonic time for clock steps. */
  startedWall: number;
  /** Whether it ran the macOS checks at all (false off macOS: there is nothing to carry). */
  macosProbes: boolean;
}

export interface ScopeInput {
  reason: RunReason;
  last: LastFullRun | null;
  /** The light the monitor shows now (the last cycle's), null before the first. */
  light: Light | null;
  nowMono: number;
  /** Wall-clock time now (Unix ms). */
  nowWall: number;
  /** The healthy interval: when the cycle after this one is due. */
  intervalMs: number;
  /** How far back a full run reads the unified log. */
  logWindowMs: number;
  /**
   * When the result of `id` shown now was measured, in monotonic ms (the app core's record of its
   * own runs); undefined = unknown, so measured again. Monotonic: a wall clock set back a day must
   * not make an old result look fresh.
   */
  measuredMono?: (id: CheckId) => number | undefined;
}

/** True when this cycle may measure only WATCH_CHECKS and carry the macOS results forward. */
export function watchOnly(o: ScopeInput): boolean {
  return o.last?.macosProbes === true && betweenFullRuns(o);
}

/**
 * True when this is a green timer cycle between full runs. Skip now only if the cycle after this
 * one still starts within the log window of the last full run, give or take half an interval:
 * each run's own duration moves the schedule on by a few seconds per cycle, and the full run
 * reads the log back far enough (logWindowMinutes).
 */
function betweenFullRuns(o: ScopeInput): boolean {
  if (o.reason !== 'timer' || o.last === null || o.light !== 'green') return false;
  return o.nowMono - o.last.startedMono + o.intervalMs <= o.logWindowMs + o.intervalMs / 2;
}

/** The STEADY_CHECKS that full runs carry too, while fresh (SLOW_CARRY_MS; see the file comment). */
export const SLOW_CHECKS: readonly CheckId[] = ['clock', 'captive-portal'];

/** How old a carried clock or captive-portal result may be: each is measured about once an hour. */
export const SLOW_CARRY_MS = 60 * 60_000;

/**
 * The STEADY_CHECKS this green timer cycle may carry from `base`, each only when it passed there:
 * the status feed between full runs, the SLOW_CHECKS while measured less than SLOW_CARRY_MS ago
 * (`measuredMono`; unknown = measured again), the clock not after a step.
 */
export function steadyCarry(o: ScopeInput & { base: Report }): CheckId[] {
  if (o.reason !== 'timer' || o.last === null || o.light !== 'green') return [];
  const between = betweenFullRuns(o);
  const stepped = Math.abs(o.nowWall - o.last.startedWall - (o.nowMono - o.last.startedMono)) > CLOCK_STEP_MS;
  return STEADY_CHECKS.filter((id) => {
    const passed = o.base.checks.some((c) => c.id === id && c.status === 'pass');
    if (!passed || (id === 'clock' && stepped)) return false;
    if (!SLOW_CHECKS.includes(id)) return between;
    const at = o.measuredMono?.(id);
    return at !== undefined && o.nowMono - at >= 0 && o.nowMono - at < SLOW_CARRY_MS;
  });
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
 * the verdict computed over all of them. A result a Re-check merged into `base` was measured
 * after `base` started: `remeasuredAt` gives its own time (when it is not already stamped).
 */
export function carryForward(
  base: Report,
  watch: Report,
  computeVerdict: ComputeVerdictFn,
  nowMs: number,
  remeasuredAt: (id: CheckId) => string | undefined = () => undefined,
): Report {
  const checks = mergeChecks(base.checks, watch.checks, (c) => (c.measuredAt ? c : { ...c, measuredAt: remeasuredAt(c.id) ?? base.startedAt }));
  return { ...watch, checks, verdict: computeVerdict(checks, nowMs) };
}

/** What one scheduled cycle runs: the checks (all when undefined) and this run's config. */
export interface CyclePlan {
  only: CheckId[] | undefined;
  configure: (c: Config) => Config;
  /** A full run (it may still carry the SLOW_CHECKS): its start becomes the monitor's `LastFullRun`. */
  full: boolean;
}

type PlanInput = Omit<ScopeInput, 'light' | 'logWindowMs'> & { base: Report | null; windowMinutes: number };

/** The plan for a cycle started for `reason` now, given the report the monitor shows. */
export function planCycle(o: PlanInput): CyclePlan {
  if (o.base === null) return fullPlan(o);
  const scope = { ...o, base: o.base, light: o.base.verdict.light, logWindowMs: o.windowMinutes * 60_000 };
  const mac = watchOnly(scope);
  const steady = steadyCarry(scope);
  if (!betweenFullRuns(scope) || (!mac && steady.length === 0)) {
    // A full run, which may still carry the clock and the captive portal while they are fresh.
    const plan = fullPlan(o);
    return steady.length ? { ...plan, only: CHECK_IDS.filter((id) => !steady.includes(id)) } : plan;
  }
  const only = (mac ? WATCH_CHECKS : CHECK_IDS).filter((id) => !steady.includes(id));
  const full = fullPlan(o).configure;
  return { only, configure: mac ? steadyConfig : (c) => steadyConfig(full(c)), full: false };
}

/** Every check, the unified log read back to the last full run. */
export function fullPlan(o: Pick<PlanInput, 'last' | 'nowMono' | 'windowMinutes'>): CyclePlan {
  const windowMinutes = logWindowMinutes(o.last, o.nowMono, o.windowMinutes);
  return { only: undefined, configure: (c) => ({ ...c, appleLog: { ...c.appleLog, windowMinutes } }), full: true };
}

/**
 * True when a cycle that carried results forward must be followed by a full run at once: its
 * light is not green, so the carried results may be what explains it (or stale beside it).
 */
export function needsFollowUp(plan: CyclePlan, report: Report): boolean {
  return plan.only !== undefined && report.verdict.light !== 'green';
}
