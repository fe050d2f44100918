import { describe, expect, it } from 'vitest';
import { backoffDelayMs, createScheduler, type RunReason } from '../../../electron/service/monitor/scheduler';
import { createVirtualTime } from './virtual-time';

const MIN = 60_000;

/** A scheduler whose runs take `runMs` of virtual time and fail while `failing()` is true. */
function setup(o: { runMs?: number; failing?: () => boolean; random?: () => number; intervalMin?: () => number } = {}) {
  const vt = createVirtualTime();
  const runs: { reason: RunReason; at: number }[] = [];
  let concurrent = 0;
  let maxConcurrent = 0;
  const s = createScheduler<{ ok: boolean }>({
    clock: vt,
    timers: vt,
    intervalMs: () => (o.intervalMin?.() ?? 5) * MIN,
    random: o.random ?? (() => 0.5),
    run: (reason) => {
      runs.push({ reason, at: vt.mono() });
      concurrent++;
      maxConcurrent = Math.max(maxConcurrent, concurrent);
      return new Promise((resolve) => {
        vt.setTimeout(() => {
          concurrent--;
          resolve({ ok: !(o.failing?.() ?? false) });
        }, o.runMs ?? 0);
      });
    },
    classify: (r) => (r.ok ? 'ok' : 'fail'),
  });
  return { vt, s, runs, maxConcurrent: () => maxConcurrent };
}

const gaps = (runs: { at: number }[]) => runs.slice(1).map((r, i) => r.at - runs[i]!.at);

describe('scheduler: cadence', () => {
  it('healthy: runs at start, then every interval (12 runs in the first hour)', async () => {
    const { vt, s, runs } = setup();
    s.start();
    await vt.advance(60 * MIN - 1);
    expect(runs.map((r) => r.reason)).toEqual(['start', ...Array(11).fill('timer')]);
    expect(new Set(gaps(runs))).toEqual(new Set([5 * MIN]));
  });

  it('interval counts from the end of a run, so slow runs do not pile up', async () => {
    const { vt, s, runs } = setup({ runMs: 7_000 });
    s.start();
    await vt.advance(30 * MIN);
    expect(new Set(gaps(runs))).toEqual(new Set([5 * MIN + 7_000]));
  });

  it('failure: re-probe after 10 s, then doubling backoff capped at the healthy interval', async () => {
    const { vt, s, runs } = setup({ failing: () => true });
    s.start();
    await vt.advance(40 * MIN);
    expect(gaps(runs).slice(0, 8)).toEqual([10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000, 300_000]);
  });

  it('jitter stays within ±20 % and never exceeds the interval', () => {
    for (let streak = 1; streak <= 8; streak++) {
      const base = Math.min(10_000 * 2 ** (streak - 1), 300_000);
      for (const r of [0, 0.25, 0.5, 0.75, 0.999]) {
        const d = backoffDelayMs(streak, 300_000, 10_000, 0.2, () => r);
        expect(d).toBeGreaterThanOrEqual(Math.floor(base * 0.8));
        expect(d).toBeLessThanOrEqual(Math.min(300_000, Math.ceil(base * 1.2)));
      }
    }
  });

  it('a success resets the backoff to the healthy interval', async () => {
    let failing = true;
    const { vt, s, runs } = setup({ failing: () => failing });
    s.start();
    await vt.advance(31_000); // runs at 0, 10 s, 30 s
    failing = false;
    await vt.advance(100_000); // the 70 s run succeeds
    expect(gaps(runs)).toEqual([10_000, 20_000, 40_000]);
    await vt.advance(5 * MIN);
    expect(gaps(runs).at(-1)).toBe(5 * MIN);
  });

  it('a settings change re-arms the healthy timer from the last run', async () => {
    let interval = 5;
    const { vt, s, runs } = setup({ intervalMin: () => interval });
    s.start();
    await vt.advance(1 * MIN);
    interval = 2;
    s.reschedule();
    await vt.advance(1 * MIN + 1);
    expect(gaps(runs)).toEqual([2 * MIN]);
  });
});

describe('scheduler: events are coalesced, never doubled', () => {
  it('triggers during a run in flight join it', async () => {
    const { vt, s, runs, maxConcurrent } = setup({ runMs: 5_000 });
    s.start();
    await vt.advance(1_000);
    const a = s.trigger('manual');
    const b = s.trigger('manual');
    s.networkChanged();
    s.popoverOpened();
    expect(a).toBe(b);
    await vt.advance(4 * MIN);
    expect(runs).toHaveLength(1);
    expect(maxConcurrent()).toBe(1);
  });

  it('a burst of network changes gives one run after the settle delay', async () => {
    const { vt, s, runs } = setup();
    s.start();
    await vt.advance(MIN);
    for (let i = 0; i < 5; i++) {
      s.networkChanged();
      await vt.advance(300);
    }
    await vt.advance(3_000);
    expect(runs.map((r) => r.reason)).toEqual(['start', 'network']);
  });

  it('opening the popover re-checks unless the last result is seconds old', async () => {
    const { vt, s, runs } = setup();
    s.start();
    await vt.advance(5_000);
    s.popoverOpened();
    await vt.advance(1);
    expect(runs).toHaveLength(1);
    await vt.advance(30_000);
    s.popoverOpened();
    await vt.advance(1);
    expect(runs.map((r) => r.reason)).toEqual(['start', 'popover']);
  });

  it('a late timer (App Nap) fires one run, not a catch-up burst', async () => {
    const { vt, s, runs } = setup();
    s.start();
    await vt.advance(1);
    vt.lateBy(47 * MIN); // nine intervals' worth of lateness
    await vt.advance(63 * MIN);
    expect(runs.map((r) => r.reason)).toEqual(['start', 'timer', 'timer', 'timer']);
    expect(gaps(runs)).toEqual([52 * MIN, 5 * MIN, 5 * MIN]);
  });

  it('a late timer firing just after an event-driven run does not run again', async () => {
    const { vt, s, runs } = setup();
    s.start();
    await vt.advance(1);
    vt.lateBy(10 * MIN);
    await vt.advance(14 * MIN);
    s.popoverOpened(); // user opens the popover at 14 min; the late timer would fire at 15 min
    await vt.advance(MIN + 1);
    expect(runs.map((r) => r.reason)).toEqual(['start', 'popover']);
    await vt.advance(5 * MIN);
    expect(runs.map((r) => r.reason)).toEqual(['start', 'popover', 'timer']);
  });
});

describe('scheduler: sleep, wake, lock', () => {
  it('suspend pauses everything; wake re-checks after the grace period', async () => {
    const { vt, s, runs } = setup();
    s.start();
    await vt.advance(MIN);
    s.suspend();
    expect(s.nextDue()).toBeNull();
    await vt.advance(3 * 60 * MIN);
    expect(runs).toHaveLength(1);
    s.wake();
    await vt.advance(7_999);
    expect(runs).toHaveLength(1);
    await vt.advance(2);
    expect(runs.map((r) => r.reason)).toEqual(['start', 'wake']);
  });

  it('lid close = lock + suspend: resume alone does not restart, unlock does', async () => {
    const { vt, s, runs } = setup();
    s.start();
    await vt.advance(MIN);
    s.lock();
    s.suspend();
    s.wake();
    await vt.advance(60 * MIN);
    expect(runs).toHaveLength(1);
    s.unlock();
    await vt.advance(9_000);
    expect(runs.map((r) => r.reason)).toEqual(['start', 'unlock']);
  });

  it('a run that finishes while suspended arms nothing', async () => {
    const { vt, s, runs } = setup({ runMs: 5_000 });
    s.start();
    await vt.advance(1_000);
    s.suspend();
    await vt.advance(60 * MIN);
    expect(runs).toHaveLength(1);
    expect(s.nextDue()).toBeNull();
    expect(vt.pending()).toBe(0);
  });

  it('stop disarms and waits for the run in flight', async () => {
    const { vt, s } = setup({ runMs: 5_000 });
    s.start();
    await vt.advance(1_000);
    const stopped = s.stop();
    await vt.advance(5_000);
    await stopped;
    expect(vt.pending()).toBe(0);
    expect(s.inFlight()).toBe(false);
  });
});

describe('scheduler: a long scripted day', () => {
  it('sleep/wake cycles, flapping network and App Nap never overlap runs or run in a burst', async () => {
    let failing = false;
    const { vt, s, runs, maxConcurrent } = setup({ runMs: 3_000, failing: () => failing, random: Math.random });
    s.start();
    for (let hour = 0; hour < 24; hour++) {
      failing = hour % 3 === 1; // an hour of failure every three hours
      if (hour % 6 === 5) {
        s.suspend();
        await vt.advance(30 * MIN);
        s.wake();
        await vt.advance(30 * MIN);
        continue;
      }
      if (hour % 4 === 2) vt.lateBy(7 * MIN);
      for (let q = 0; q < 4; q++) {
        if (q === 2) s.networkChanged();
        if (q === 3) s.popoverOpened();
        await vt.advance(15 * MIN);
      }
    }
    expect(maxConcurrent()).toBe(1);
    // No two runs closer than the run time itself (no doubling) …
    expect(Math.min(...gaps(runs))).toBeGreaterThanOrEqual(3_000);
    // … and no run while asleep: every run lies outside the sleep half-hours.
    for (const r of runs) {
      const hourStart = Math.floor((r.at - 1_000) / (60 * MIN));
      const minute = ((r.at - 1_000) % (60 * MIN)) / MIN;
      if (hourStart % 6 === 5) expect(minute >= 30).toBe(true);
    }
    // Energy: far fewer runs than a 1-per-minute poller (24 h × 60).
    expect(runs.length).toBeLessThan((24 * 60) / 4);
  });
});
