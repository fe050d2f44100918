/**
 * The ONE scheduler of the monitor: every full diagnosis (timer, wake, network change, popover,
 * "Check now") goes through it, so wake-ups coalesce and no two runs ever overlap.
 *
 * - Healthy: next run `intervalMs()` after the previous one finished.
 * - After a failure: re-probe after ~10 s, then exponential backoff (×2) with ±20 % jitter, capped
 *   at the healthy interval (Uptime Kuma's retry interval, louislam/uptime-kuma
 *   src/pages/EditMonitor.vue; the backoff and jitter are our own).
 * - Wake: re-check after a grace of ~8 s (Wi-Fi re-association: xbmc/xbmc PR #11277 measured ~7 s
 *   for the network to come back; netease-lcap/wave-agent PR #1663 waits 8 s); suspend and
 *   lock pause everything (no timer armed) until resume/unlock.
 * - Event triggers while a run is in flight join that run instead of starting another.
 * - Timers are one-shot and re-armed from the monotonic clock after each run, so a timer that
 *   fires late (App Nap throttles main-process timers, electron/electron#5101) causes exactly one
 *   run, never a catch-up burst; a stale timer that fires before its due time just re-arms.
 * No Electron imports: clock, timers and randomness are injected so tests drive hours in ms.
 */
import type { Clock } from '../../engine/types';

export interface SchedulerTimers {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: never) => void;
}

/** Why a run was started (for logs and tests). */
export type RunReason = 'start' | 'timer' | 'wake' | 'unlock' | 'network' | 'popover' | 'manual';

/** How a finished run should steer the schedule. `discarded`: aborted/partial, keep the cadence. */
export type RunOutcome = 'ok' | 'fail' | 'discarded';

export interface SchedulerOptions<T> {
  clock: Pick<Clock, 'mono'>;
  timers: SchedulerTimers;
  /** Healthy interval (ms), read at each re-arm so a settings change applies at once. */
  intervalMs: () => number;
  /** Performs one full diagnosis. Must not reject (a rejection counts as a failure). */
  run: (reason: RunReason) => Promise<T>;
  classify: (result: T) => RunOutcome;
  /** Notified whenever the next due time changes (null = paused / nothing armed). */
  onScheduleChange?: (dueMono: number | null) => void;
  /** Uniform [0,1); injectable for deterministic jitter. */
  random?: () => number;
  firstRetryMs?: number;
  jitter?: number;
  wakeGraceMs?: number;
  /** Network changes come in bursts (down, then up): wait this long so they merge into one run. */
  networkSettleMs?: number;
  /** Popover opened within this long after a finished run: the result is fresh, do not re-run. */
  freshMs?: number;
}

export interface Scheduler<T> {
  /** Run the first check now; the schedule follows from its outcome. */
  start(): void;
  /** Run now (or join the run in flight). Works while paused; the schedule stays paused after. */
  trigger(reason: RunReason): Promise<T>;
  wake(): void;
  unlock(): void;
  suspend(): void;
  lock(): void;
  networkChanged(): void;
  popoverOpened(): void;
  /** Re-arm with the current interval (after a settings change). */
  reschedule(): void;
  /** Disarm and wait for the run in flight, if any. */
  stop(): Promise<void>;
  /** Monotonic due time of the next run, null when none is armed. */
  nextDue(): number | null;
  inFlight(): boolean;
  /** Consecutive failed runs (drives the backoff). */
  failureStreak(): number;
}

/** Delay before the next run after `streak` consecutive failures (streak ≥ 1). */
export function backoffDelayMs(streak: number, intervalMs: number, firstRetryMs: number, jitter: number, random: () => number): number {
  const base = firstRetryMs * 2 ** Math.min(Math.max(streak - 1, 0), 20);
  const jittered = base * (1 - jitter + 2 * jitter * random());
  return Math.round(Math.min(intervalMs, jittered));
}

export function createScheduler<T>(o: SchedulerOptions<T>): Scheduler<T> {
  const random = o.random ?? Math.random;
  const firstRetryMs = o.firstRetryMs ?? 10_000;
  const jitter = o.jitter ?? 0.2;
  const wakeGraceMs = o.wakeGraceMs ?? 8_000;
  const networkSettleMs = o.networkSettleMs ?? 2_000;
  const freshMs = o.freshMs ?? 15_000;

  let started = false;
  let stopped = false;
  const pausedBy = new Set<'suspend' | 'lock'>();
  let handle: unknown = null;
  let due: number | null = null;
  let dueReason: RunReason = 'timer';
  let current: Promise<T> | null = null;
  let streak = 0;
  let lastFinished: number | null = null;
  let lastOutcome: RunOutcome | null = null;

  function disarm(): void {
    if (handle !== null) o.timers.clearTimeout(handle as never);
    handle = null;
    if (due !== null) {
      due = null;
      o.onScheduleChange?.(null);
    }
  }

  /** Arm (or move) the single timer. Keeps an earlier due time unless `force`. */
  function arm(delayMs: number, reason: RunReason, force = false): void {
    if (stopped || !started || pausedBy.size > 0) return;
    const at = o.clock.mono() + Math.max(0, delayMs);
    if (!force && due !== null && due <= at) return;
    if (handle !== null) o.timers.clearTimeout(handle as never);
    due = at;
    dueReason = reason;
    handle = o.timers.setTimeout(onTimer, Math.max(0, delayMs));
    o.onScheduleChange?.(due);
  }

  function onTimer(): void {
    handle = null;
    if (stopped || due === null || pausedBy.size > 0) return;
    const remaining = due - o.clock.mono();
    // A timer may fire early against performance.now() (different clocks); 50 ms of slack,
    // otherwise re-arm for the rest instead of running ahead of time.
    if (remaining > 50) arm(remaining, dueReason, true);
    else void trigger(dueReason).catch(() => undefined);
  }

  /** Arm the next periodic run, counted from the end of the last run (not from now). */
  function armNext(): void {
    const delay = streak > 0 ? backoffDelayMs(streak, o.intervalMs(), firstRetryMs, jitter, random) : o.intervalMs();
    const since = lastFinished === null ? 0 : o.clock.mono() - lastFinished;
    arm(delay - since, 'timer', true);
  }

  function trigger(reason: RunReason): Promise<T> {
    if (current) return current;
    disarm();
    const p = (async () => {
      let outcome: RunOutcome = 'fail';
      try {
        const result = await o.run(reason);
        outcome = o.classify(result);
        return result;
      } finally {
        current = null;
        lastFinished = o.clock.mono();
        lastOutcome = outcome;
        if (outcome === 'fail') streak++;
        else if (outcome === 'ok') streak = 0;
        if (!stopped) armNext();
      }
    })();
    current = p;
    return p;
  }

  function resume(kind: 'suspend' | 'lock', reason: RunReason): void {
    const wasPaused = pausedBy.size > 0;
    pausedBy.delete(kind);
    if (wasPaused && pausedBy.size === 0 && !current) arm(wakeGraceMs, reason, true);
  }

  function pause(kind: 'suspend' | 'lock'): void {
    pausedBy.add(kind);
    disarm();
  }

  return {
    start() {
      if (started || stopped) return;
      started = true;
      void trigger('start').catch(() => undefined);
    },
    trigger,
    wake: () => resume('suspend', 'wake'),
    unlock: () => resume('lock', 'unlock'),
    suspend: () => pause('suspend'),
    lock: () => pause('lock'),
    networkChanged() {
      if (current) return; // The run in flight already sees the new network, or fails and re-probes.
      arm(networkSettleMs, 'network');
    },
    popoverOpened() {
      if (current) return;
      const fresh = lastFinished !== null && lastOutcome !== 'discarded' && o.clock.mono() - lastFinished < freshMs;
      if (!fresh && started && !stopped) void trigger('popover').catch(() => undefined);
    },
    reschedule() {
      if (!current && due !== null && dueReason === 'timer') armNext();
    },
    async stop() {
      stopped = true;
      disarm();
      if (current) await current.catch(() => undefined);
    },
    nextDue: () => due,
    inFlight: () => current !== null,
    failureStreak: () => streak,
  };
}
